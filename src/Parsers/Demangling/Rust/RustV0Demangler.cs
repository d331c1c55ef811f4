namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>
/// Rust's v0 mangling (RFC 2603, <c>_R</c> path [instantiating-crate]), parsed and printed in
/// one pass the way rustc-demangle's <c>v0.rs</c> printer walks it. Back references must point
/// strictly backwards; nesting is capped at rustc-demangle's depth limit and the output at its
/// size limit, and any malformed part makes the whole demangling fail.
/// </summary>
internal sealed partial class RustV0Demangler
{
    /// <summary>rustc-demangle's <c>MAX_DEPTH</c>.</summary>
    private const int MaxDepth = 500;

    private readonly string sym;
    private readonly RustStyle style;
    private readonly RustOutput output = new();
    private int next;
    private int depth;
    private uint boundLifetimeDepth;

    /// <summary>Whether the last trait path printed through a back reference left its generic arguments open.</summary>
    private bool genericsLeftOpen;

    private RustV0Demangler(string sym, RustStyle style)
    {
        this.sym = sym;
        this.style = style;
    }

    private bool Alternate => style != RustStyle.Default;

    private bool IsLlvm => style == RustStyle.Llvm;

    /// <summary>
    /// Demangles the part after the <c>_R</c> prefix. <paramref name="inner"/> stops before a
    /// <c>.suffix</c> in LLVM style; rustc-demangle styles get the suffix text back in
    /// <paramref name="suffix"/> to judge.
    /// </summary>
    public static bool TryDemangle(string inner, RustStyle style, out string? demangled, out string suffix)
    {
        demangled = null;
        suffix = "";
        if (inner.Length == 0 || !char.IsAsciiLetterUpper(inner[0]))
        {
            return false;
        }

        foreach (char c in inner)
        {
            // LLVM accepts only the mangling alphabet; rustc-demangle any ASCII.
            if (c > 0x7F || (style == RustStyle.Llvm && !char.IsAsciiLetterOrDigit(c) && c != '_'))
            {
                return false;
            }
        }

        var demangler = new RustV0Demangler(inner, style);
        if (!demangler.PrintPath(inValue: true))
        {
            return false;
        }

        // The instantiating crate is parsed (so it must be valid) but never printed.
        if (demangler.next < inner.Length && char.IsAsciiLetterUpper(inner[demangler.next]))
        {
            demangler.output.Suppressed++;
            bool ok = demangler.PrintPath(inValue: false);
            demangler.output.Suppressed--;
            if (!ok)
            {
                return false;
            }
        }

        suffix = inner[demangler.next..];
        demangled = demangler.output.ToString();
        return true;
    }

    /// <summary>Prints one production by name (the lists, binders and back references dispatch here).</summary>
    private bool PrintProduction(RustV0Production production)
    {
        switch (production)
        {
            case RustV0Production.Path:
                return PrintPath(inValue: false);
            case RustV0Production.PathInValue:
                return PrintPath(inValue: true);
            case RustV0Production.PathMaybeOpenGenerics:
                bool ok = PrintPathMaybeOpenGenerics(out bool open);
                genericsLeftOpen = open;
                return ok;
            case RustV0Production.Type:
                return PrintType();
            case RustV0Production.GenericArg:
                return PrintGenericArg();
            case RustV0Production.Const:
                return PrintConst(inValue: false);
            case RustV0Production.ConstInValue:
                return PrintConst(inValue: true);
            case RustV0Production.ConstField:
                return PrintConstField();
            case RustV0Production.DynTrait:
                return PrintDynTrait();
            case RustV0Production.DynTraitList:
                return PrintSeparatedList(RustV0Production.DynTrait, " + ", out _);
            default:
                return PrintFunctionSignature();
        }
    }

    private bool PushDepth() => ++depth <= MaxDepth;

    private void PopDepth() => depth--;

    private bool Eat(char c)
    {
        if (next < sym.Length && sym[next] == c)
        {
            next++;
            return true;
        }

        return false;
    }

    private bool TryNext(out char c)
    {
        if (next < sym.Length)
        {
            c = sym[next++];
            return true;
        }

        c = '\0';
        return false;
    }

    private bool Print(ReadOnlySpan<char> text) => output.Print(text);

    /// <summary><c>&lt;base-62-number&gt;</c>: <c>_</c> is 0, otherwise digits 0-9a-zA-Z then <c>_</c>, plus one.</summary>
    private bool Integer62(out ulong value)
    {
        value = 0;
        if (Eat('_'))
        {
            return true;
        }

        ulong x = 0;
        while (!Eat('_'))
        {
            if (!TryNext(out char c))
            {
                return false;
            }

            ulong d;
            if (char.IsAsciiDigit(c))
            {
                d = (ulong)(c - '0');
            }
            else if (c is >= 'a' and <= 'z')
            {
                d = (ulong)(10 + c - 'a');
            }
            else if (c is >= 'A' and <= 'Z')
            {
                d = (ulong)(36 + c - 'A');
            }
            else
            {
                return false;
            }

            if (x > (ulong.MaxValue - d) / 62)
            {
                return false;
            }

            x = (x * 62) + d;
        }

        if (x == ulong.MaxValue)
        {
            return false;
        }

        value = x + 1;
        return true;
    }

    /// <summary>An optional <paramref name="tag"/> followed by a base-62 number; 0 when absent, else the number plus one.</summary>
    private bool OptInteger62(char tag, out ulong value)
    {
        value = 0;
        if (!Eat(tag))
        {
            return true;
        }

        if (!Integer62(out ulong x) || x == ulong.MaxValue)
        {
            return false;
        }

        value = x + 1;
        return true;
    }

    private bool Disambiguator(out ulong value) => OptInteger62('s', out value);

    /// <summary>
    /// <c>B</c> &lt;base-62-number&gt;: re-reads an earlier part (which must start before this
    /// <c>B</c>). When printing is suppressed the target is not visited, as in rustc-demangle.
    /// </summary>
    private bool PrintBackref(RustV0Production production)
    {
        int start = next - 1;
        if (!Integer62(out ulong target) || target >= (ulong)start)
        {
            return false;
        }

        if (!output.IsPrinting)
        {
            return true;
        }

        if (!PushDepth())
        {
            return false;
        }

        int saved = next;
        next = (int)target;
        bool ok = PrintProduction(production);
        next = saved;
        PopDepth();
        return ok;
    }
}
