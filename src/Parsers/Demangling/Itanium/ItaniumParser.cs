using System.Runtime.CompilerServices;

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// Recursive-descent parser for the Itanium C++ ABI mangling grammar (section 5.1), producing an
/// <see cref="ItaniumNode"/> tree that <see cref="ItaniumPrinter"/> turns into text the way LLVM's
/// llvm-cxxfilt prints it. Split by concern: names, types, template arguments, expressions, literals.
/// </summary>
internal ref partial struct ItaniumParser
{
    /// <summary>
    /// Nesting bound: a hostile name cannot recurse deeper than this many productions (real symbols
    /// stay well under 100), so parsing never overflows the stack.
    /// </summary>
    public const int MaxDepth = 384;

    private readonly ReadOnlySpan<char> _s;
    private readonly ItaniumContext _ctx;
    private int _pos;
    private int _depth;
    private bool _overflow;
    private bool _tryToParseTemplateArgs;
    private bool _permitForwardTemplateReferences;
    private bool _symbolicTemplateParams;
    private int _parsingLambdaParamsAtLevel;

    public ItaniumParser(ReadOnlySpan<char> mangled, ItaniumContext context)
    {
        _s = mangled;
        _ctx = context;
        _pos = 0;
        _depth = 0;
        _overflow = false;
        _tryToParseTemplateArgs = true;
        _permitForwardTemplateReferences = false;
        _symbolicTemplateParams = false;
        _parsingLambdaParamsAtLevel = -1;
    }

    /// <summary>
    /// Parses a whole symbol: <c>_Z</c>/<c>__Z</c> encodings (with a clone suffix), Apple block
    /// invocations <c>___Z..._block_invoke</c>, or a bare type (as __cxa_demangle accepts).
    /// </summary>
    public ItaniumNode? ParseSymbol()
    {
        ItaniumNode? result;
        if (ConsumeIf("_Z") || ConsumeIf("__Z"))
        {
            result = ParseEncoding();
            if (result is null)
            {
                return null;
            }

            if (Look() == '.')
            {
                result = MakeSlice(ItaniumNodeKind.DotSuffix, _pos, _s.Length - _pos, result);
                _pos = _s.Length;
            }
        }
        else if (ConsumeIf("___Z") || ConsumeIf("____Z"))
        {
            result = ParseEncoding();
            if (result is null || !ConsumeIf("_block_invoke"))
            {
                return null;
            }

            bool requireNumber = ConsumeIf('_');
            if (Empty(ParseNumber(false)) && requireNumber)
            {
                return null;
            }

            // A clone suffix after a block invocation is dropped.
            if (Look() == '.')
            {
                _pos = _s.Length;
            }

            result = MakeText(ItaniumNodeKind.SpecialName, "invocation function for block in ", result);
        }
        else
        {
            result = ParseType();
        }

        if (result is null || _pos != _s.Length || _overflow)
        {
            return null;
        }

        // Every forward reference must have been bound, or printing would follow a null.
        for (int i = 0; i < _ctx.ForwardTemplateRefs.Count; i++)
        {
            if (_ctx.ForwardTemplateRefs[i].A is null)
            {
                return null;
            }
        }

        return result;
    }

    private readonly char Look(int ahead = 0)
    {
        int i = _pos + ahead;
        return (uint)i < (uint)_s.Length ? _s[i] : '\0';
    }

    private readonly int NumLeft => _s.Length - _pos;

    private bool ConsumeIf(char c)
    {
        if (_pos < _s.Length && _s[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool ConsumeIf(string text)
    {
        // A plain loop: ReadyToRun code cannot inline the framework's StartsWith.
        if (text.Length > _s.Length - _pos)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (_s[_pos + i] != text[i])
            {
                return false;
            }
        }

        _pos += text.Length;
        return true;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private bool Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            return false;
        }

        return true;
    }

    private ItaniumNode Make(ItaniumNodeKind kind)
    {
        var node = _ctx.Rent(kind);
        if (node is null)
        {
            // Past the node cap: keep parsing into a throw-away node and fail at the end.
            _overflow = true;
            return _ctx.Dummy;
        }

        return node;
    }

    private ItaniumNode Make(ItaniumNodeKind kind, ItaniumNode? a, ItaniumNode? b = null, ItaniumNode? c = null)
    {
        var node = Make(kind);
        node.A = a;
        node.B = b;
        node.C = c;
        return node;
    }

    private ItaniumNode MakeText(ItaniumNodeKind kind, string text, ItaniumNode? a = null, ItaniumNode? b = null)
    {
        var node = Make(kind, a, b);
        node.Text = text;
        return node;
    }

    private ItaniumNode MakeSlice(ItaniumNodeKind kind, int start, int length, ItaniumNode? a = null)
    {
        var node = Make(kind, a);
        node.SliceStart = start;
        node.SliceLength = length;
        return node;
    }

    private ItaniumNode MakeName(string text) => MakeText(ItaniumNodeKind.Name, text);

    private ItaniumNode MakeName(Range range) => MakeSlice(ItaniumNodeKind.Name, range.Start.Value, range.End.Value - range.Start.Value);

    private ItaniumNode MakeExpr(ItaniumNodeKind kind, ItaniumPrecedence precedence, ItaniumNode? a = null, ItaniumNode? b = null, ItaniumNode? c = null)
    {
        var node = Make(kind, a, b, c);
        node.Precedence = precedence;
        return node;
    }

    /// <summary>The text of a name node (for the few places the grammar looks at a name).</summary>
    private readonly ReadOnlySpan<char> TextOf(ItaniumNode node)
        => node.Text is not null ? node.Text.AsSpan() : node.SliceLength >= 0 ? _s.Slice(node.SliceStart, node.SliceLength) : default;

    /// <summary><c>[n] digits</c>: the range read (empty when there are no digits).</summary>
    private Range ParseNumber(bool allowNegative)
    {
        int start = _pos;
        if (allowNegative)
        {
            ConsumeIf('n');
        }

        if (!IsDigit(Look()))
        {
            _pos = start;
            return start..start;
        }

        while (IsDigit(Look()))
        {
            _pos++;
        }

        return start.._pos;
    }

    /// <summary>
    /// A requires-clause or type constraint. LLVM does not track which template parameter scope these
    /// refer to, so their template parameters print symbolically; we match its output.
    /// </summary>
    private ItaniumNode? ParseConstraintExpr()
    {
        bool saved = _symbolicTemplateParams;
        _symbolicTemplateParams = true;
        var result = ParseExpr();
        _symbolicTemplateParams = saved;
        return result;
    }

    private static bool Empty(Range range) => range.Start.Value == range.End.Value;

    /// <summary>A decimal number that must fit comfortably in an int (lengths, indexes).</summary>
    private bool ParsePositiveInteger(out int value)
    {
        value = 0;
        if (!IsDigit(Look()))
        {
            return false;
        }

        while (IsDigit(Look()))
        {
            if (value > 100_000_000)
            {
                return false;
            }

            value = (value * 10) + (_s[_pos++] - '0');
        }

        return true;
    }

    /// <summary><c>&lt;source-name&gt; ::= &lt;length&gt; &lt;identifier&gt;</c>: the identifier's range, or null.</summary>
    private Range? ParseBareSourceName()
    {
        if (!ParsePositiveInteger(out int length) || length == 0 || NumLeft < length)
        {
            return null;
        }

        int start = _pos;
        _pos += length;
        return start.._pos;
    }

    /// <summary><c>&lt;seq-id&gt;</c>: base-36 digits and capital letters.</summary>
    private bool ParseSeqId(out int value)
    {
        value = 0;
        int start = _pos;
        while (true)
        {
            char c = Look();
            int digit;
            if (IsDigit(c))
            {
                digit = c - '0';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                break;
            }

            if (value > 10_000_000)
            {
                return false;
            }

            value = (value * 36) + digit;
            _pos++;
        }

        return _pos != start;
    }

    private int ParseCvQualifiers()
    {
        int quals = 0;
        if (ConsumeIf('r'))
        {
            quals |= ItaniumQualifiers.Restrict;
        }

        if (ConsumeIf('V'))
        {
            quals |= ItaniumQualifiers.Volatile;
        }

        if (ConsumeIf('K'))
        {
            quals |= ItaniumQualifiers.Const;
        }

        return quals;
    }
}
