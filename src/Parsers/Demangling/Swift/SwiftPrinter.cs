using System.Runtime.CompilerServices;
using AbiPortal.Parsers.Demangling.Itanium;
using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Prints a demangled tree as <c>swift-demangle</c> does by default (lib/Demangling/NodePrinter.cpp,
/// with sugar for optionals, arrays and dictionaries). Printing is bounded three ways: nesting beyond
/// <see cref="MaxDepth"/> prints "&lt;&lt;too complex&gt;&gt;" (as Swift does), the text is capped at
/// <see cref="ItaniumOutput.MaxLength"/>, and the number of nodes visited is capped, because
/// substitutions make the tree a DAG whose printing can grow exponentially with the name's length.
/// A tree Swift's printer would find malformed makes the whole demangling fail.
/// </summary>
internal sealed partial class SwiftPrinter
{
    /// <summary>Swift's <c>NodePrinter::MaxDepth</c>.</summary>
    public const int MaxDepth = 768;

    /// <summary>Nodes visited before printing gives up; real symbols visit a few hundred.</summary>
    public const int MaxVisits = 1 << 20;

    private readonly CharBuffer _buffer;
    private ItaniumOutput _out;
    private readonly int _nesting;
    private readonly bool _sugar;
    private bool _invalid;
    private int _visits;

    /// <param name="output">Where the text goes (appended).</param>
    /// <param name="nesting">How many demangles enclose this one (a symbol printed inside a symbol).</param>
    /// <param name="sugar">Print <c>T?</c>, <c>[T]</c> and <c>[K : V]</c> (swift-demangle's default; Swift's
    /// library default, used for names embedded in names, has it off).</param>
    public SwiftPrinter(CharBuffer output, int nesting, bool sugar)
    {
        _buffer = output;
        _out = new ItaniumOutput(output);
        _nesting = nesting;
        _sugar = sugar;
    }

    /// <summary>Prints <paramref name="root"/>; false when the tree is malformed or a cap was reached.</summary>
    public bool Run(SwiftNode root)
    {
        Print(root, 0);
        return !_invalid && !_out.Overflowed && _out.Length > 0;
    }

    private int Length => _out.Length;

    private void Append(string text) => _out.Append(text);

    private void Append(ReadOnlySpan<char> text) => _out.Append(text);

    private void Append(char c) => _out.Append(c);

    private void Append(ulong value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        _out.Append(digits.Slice(0, written));
    }

    private void AppendSigned(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        _out.Append(digits.Slice(0, written));
    }

    /// <summary>Marks the tree as one Swift's printer rejects (or would crash on); nothing is printed then.</summary>
    private SwiftNode? Invalid()
    {
        _invalid = true;
        return null;
    }

    /// <summary>
    /// Prints <paramref name="node"/>; returns the context of an entity printed as a prefix context
    /// that could not be printed in prefix form (Swift's <c>print</c> return value), else null.
    /// </summary>
    private SwiftNode? Print(SwiftNode node, int depth, bool asPrefixContext = false)
    {
        if (depth > MaxDepth)
        {
            Append("<<too complex>>");
            return null;
        }

        if (_invalid || _out.Overflowed || ++_visits > MaxVisits
            || ((depth & 15) == 15 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            return Invalid();
        }

        int kind = (int)node.Kind;
        if (SwiftPrinterTables.BeforeFirstChild[kind] is { } before)
        {
            Append(before);
            Print(node.First, depth + 1);
            return null;
        }

        if (SwiftPrinterTables.Fixed[kind] is { } text)
        {
            Append(text);
            return null;
        }

        return PrintNode(node, depth, asPrefixContext);
    }

    private void PrintChildren(SwiftNode node, int depth, string? separator = null)
    {
        for (int i = 0; i < node.Count; i++)
        {
            if (i > 0 && separator is not null)
            {
                Append(separator);
            }

            Print(node.Child(i), depth + 1);
        }
    }

    /// <summary>Swift's generic parameter names: A, B, ..., Z, AB, BB, ... then the depth when it is not 0.</summary>
    private void AppendGenericParameterName(ulong depth, ulong index)
    {
        do
        {
            Append((char)('A' + (char)(index % 26)));
            index /= 26;
        }
        while (index != 0);

        if (depth != 0)
        {
            Append(depth);
        }
    }

    /// <summary>Prints a quoted string as Swift's printer does (C escapes, \xNN for control and non-ASCII bytes).</summary>
    private void AppendQuoted(ReadOnlySpan<char> text)
    {
        Append('"');
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '\\': Append("\\\\"); continue;
                case '\t': Append("\\t"); continue;
                case '\n': Append("\\n"); continue;
                case '\r': Append("\\r"); continue;
                case '"': Append("\\\""); continue;
                case 0: Append("\\0"); continue;
            }

            if (rune.Value is >= 0x20 and < 0x7F)
            {
                Append((char)rune.Value);
                continue;
            }

            // Swift escapes each byte of the UTF-8 encoding.
            int count = rune.EncodeToUtf8(bytes);
            foreach (byte b in bytes.Slice(0, count))
            {
                Append("\\x");
                Append("0123456789ABCDEF"[b >> 4]);
                Append("0123456789ABCDEF"[b & 0xF]);
            }
        }

        Append('"');
    }

    private static bool IsClass(SwiftNode node) => node.Kind == K.Class;
}
