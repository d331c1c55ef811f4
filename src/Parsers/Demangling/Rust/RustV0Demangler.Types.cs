namespace AbiPortal.Parsers.Demangling.Rust;

internal sealed partial class RustV0Demangler
{
    /// <summary>The one-letter basic types of v0.</summary>
    private static string? BasicType(char tag) => tag switch
    {
        'b' => "bool",
        'c' => "char",
        'e' => "str",
        'u' => "()",
        'a' => "i8",
        's' => "i16",
        'l' => "i32",
        'x' => "i64",
        'n' => "i128",
        'i' => "isize",
        'h' => "u8",
        't' => "u16",
        'm' => "u32",
        'y' => "u64",
        'o' => "u128",
        'j' => "usize",
        'f' => "f32",
        'd' => "f64",
        'z' => "!",
        'p' => "_",
        'v' => "...",
        _ => null,
    };

    /// <summary>
    /// <c>&lt;type&gt;</c>: basic types, <c>R</c>/<c>Q</c> references (with an optional lifetime),
    /// <c>P</c>/<c>O</c> raw pointers, <c>A</c>/<c>S</c> arrays and slices, <c>T</c> tuples,
    /// <c>F</c> fn pointers, <c>D</c> trait objects, <c>W</c> pattern types, <c>B</c> back
    /// references, or a path.
    /// </summary>
    private bool PrintType()
    {
        if (!TryNext(out char tag))
        {
            return false;
        }

        if (BasicType(tag) is { } basic)
        {
            return Print(basic);
        }

        if (!PushDepth())
        {
            return false;
        }

        bool ok;
        switch (tag)
        {
            case 'R' or 'Q':
                ok = PrintReferenceType(tag);
                break;
            case 'P' or 'O':
                ok = Print(tag == 'P' ? "*const " : "*mut ") && PrintType();
                break;
            case 'A' or 'S':
                ok = Print("[") && PrintType() && (tag == 'S' || (Print("; ") && PrintConst(inValue: true))) && Print("]");
                break;
            case 'T':
                ok = Print("(") && PrintSeparatedList(RustV0Production.Type, ", ", out int count) && (count != 1 || Print(",")) && Print(")");
                break;
            case 'F':
                ok = InBinder(RustV0Production.FunctionSignature);
                break;
            case 'D':
                ok = PrintDynType();
                break;
            case 'B':
                ok = PrintBackref(RustV0Production.Type);
                break;
            case 'W':
                ok = PrintType() && Print(" is ") && PrintPattern();
                break;
            default:
                // Not a type tag: the path printer reads it again.
                next--;
                ok = PrintPath(inValue: false);
                break;
        }

        PopDepth();
        return ok;
    }

    private bool PrintReferenceType(char tag)
    {
        if (!Print("&"))
        {
            return false;
        }

        if (Eat('L'))
        {
            if (!Integer62(out ulong lifetime) || (lifetime != 0 && !(PrintLifetimeFromIndex(lifetime) && Print(" "))))
            {
                return false;
            }
        }

        return (tag == 'R' || Print("mut ")) && PrintType();
    }

    /// <summary>[<c>U</c> unsafe] [<c>K</c> abi] parameters <c>E</c> return-type (<c>u</c>, unit, is not shown).</summary>
    private bool PrintFunctionSignature()
    {
        bool isUnsafe = Eat('U');
        string? abi = null;
        if (Eat('K'))
        {
            if (Eat('C'))
            {
                abi = "C";
            }
            else
            {
                if (!ParseIdent(out RustIdent ident) || ident.Ascii.Length == 0 || ident.Punycode.Length != 0)
                {
                    return false;
                }

                abi = ident.Ascii.ToString();
            }
        }

        if (isUnsafe && !Print("unsafe "))
        {
            return false;
        }

        // The mangler wrote '-' in ABI names as '_'.
        if (abi is not null && !(Print("extern \"") && Print(abi.Replace('_', '-')) && Print("\" ")))
        {
            return false;
        }

        if (!Print("fn(") || !PrintSeparatedList(RustV0Production.Type, ", ", out _) || !Print(")"))
        {
            return false;
        }

        return Eat('u') || (Print(" -> ") && PrintType());
    }

    /// <summary><c>D</c> binder traits <c>E</c> <c>L</c> lifetime: <c>dyn for&lt;'a&gt; A + B&lt;Item = T&gt; + 'b</c>.</summary>
    private bool PrintDynType()
    {
        if (!Print("dyn ") || !InBinder(RustV0Production.DynTraitList) || !Eat('L') ||
            !Integer62(out ulong lifetime))
        {
            return false;
        }

        return lifetime == 0 || (Print(" + ") && PrintLifetimeFromIndex(lifetime));
    }

    private bool PrintDynTrait()
    {
        if (!PrintPathMaybeOpenGenerics(out bool open))
        {
            return false;
        }

        while (Eat('p'))
        {
            if (!Print(open ? ", " : "<"))
            {
                return false;
            }

            open = true;
            // An associated constant binding (K) or an associated type binding.
            if (!ParseIdent(out RustIdent name) || !PrintIdent(name) || !Print(" = ") ||
                !(Eat('K') ? PrintConst(inValue: false) : PrintType()))
            {
                return false;
            }
        }

        return !open || Print(">");
    }

    /// <summary>A trait path whose generic argument list is left open for associated type bindings.</summary>
    private bool PrintPathMaybeOpenGenerics(out bool open)
    {
        open = false;
        if (Eat('B'))
        {
            // The target's answer comes back through a field; when printing is suppressed the
            // target is not visited and the answer does not matter.
            genericsLeftOpen = false;
            bool ok = PrintBackref(RustV0Production.PathMaybeOpenGenerics);
            open = genericsLeftOpen;
            return ok;
        }

        if (Eat('I'))
        {
            open = true;
            return PrintPath(inValue: false) && Print("<") && PrintSeparatedList(RustV0Production.GenericArg, ", ", out _);
        }

        return PrintPath(inValue: false);
    }

    /// <summary><c>R</c> const const (<c>a..=b</c>) or <c>O</c> patterns <c>E</c> (<c>p | q</c>).</summary>
    private bool PrintPattern()
    {
        if (!TryNext(out char tag))
        {
            return false;
        }

        if (tag == 'R')
        {
            return PrintConst(inValue: false) && Print("..=") && PrintConst(inValue: false);
        }

        if (tag != 'O' || !PushDepth())
        {
            return false;
        }

        bool ok = PrintPattern();
        while (ok && !Eat('E'))
        {
            ok = next < sym.Length && Print(" | ") && PrintPattern();
        }

        PopDepth();
        return ok;
    }
}
