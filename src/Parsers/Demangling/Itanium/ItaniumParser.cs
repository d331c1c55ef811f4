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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly char Look(int ahead = 0)
    {
        int i = _pos + ahead;
        return (uint)i < (uint)_s.Length ? _s[i] : '\0';
    }

    private readonly int NumLeft
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _s.Length - _pos;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Enter()
    {
        // The stack probe is a runtime call: once every 16 levels is enough between probes.
        if (++_depth > MaxDepth || ((_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            _depth--;
            return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ItaniumNode Make(ItaniumNodeKind kind, ItaniumNode? a, ItaniumNode? b = null, ItaniumNode? c = null)
    {
        var node = Make(kind);
        node.A = a;
        node.B = b;
        node.C = c;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ItaniumNode MakeText(ItaniumNodeKind kind, string text, ItaniumNode? a = null, ItaniumNode? b = null)
    {
        var node = Make(kind, a, b);
        node.Text = text;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ItaniumNode MakeSlice(ItaniumNodeKind kind, int start, int length, ItaniumNode? a = null)
    {
        var node = Make(kind, a);
        node.SliceStart = start;
        node.SliceLength = length;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    /// <summary>
    /// <c>&lt;template-arg&gt;* E</c>: the tail of argument packs (<c>J</c>), <c>sP</c>, <c>enable_if</c>
    /// attributes and vendor expressions. False when an argument does not parse.
    /// </summary>
    private bool TryParseTemplateArgList(out NodeList list)
    {
        int begin = _ctx.Names.Count;
        while (!ConsumeIf('E'))
        {
            var arg = ParseTemplateArg();
            if (arg is null)
            {
                list = default;
                return false;
            }

            _ctx.Names.Add(arg);
        }

        list = _ctx.PopTrailing(begin);
        return true;
    }
}
