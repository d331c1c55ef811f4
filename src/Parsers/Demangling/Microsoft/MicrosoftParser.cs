namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// Reads a Microsoft C++ decorated name into a node tree. The grammar follows Microsoft's
/// decoration scheme as LLVM's MicrosoftDemangle reads it (llvm/lib/Demangle/MicrosoftDemangle.cpp
/// documents the productions); errors set <see cref="error"/> and every caller stops at once.
/// Recursion is bounded by <see cref="MaxDepth"/>, so hostile names cannot overflow the stack.
/// </summary>
internal sealed partial class MicrosoftParser(string text)
{
    /// <summary>Deeper nesting than this is not produced by any compiler; it is treated as malformed.</summary>
    private const int MaxDepth = 128;

    private readonly string text = text;
    private int pos;
    private bool error;
    private int depth;
    private BackReferences backrefs = new();

    /// <summary>Chars read so far: after <see cref="ParseSymbol"/>, where the name ended (any text after it is not read).</summary>
    public int Position => pos;

    /// <summary>Parses the whole symbol; null when it is not a valid Microsoft mangling.</summary>
    public SymbolNode? ParseSymbol()
    {
        SymbolNode? symbol = Parse();
        return error ? null : symbol;
    }

    /// <summary>
    /// <c>&lt;symbol&gt;</c>: a typeinfo name (<c>.</c>), an MD5-hashed name (<c>??@</c>), or
    /// <c>?</c> followed by a special name or a declarator. Re-entered for symbols nested in
    /// template arguments and local scopes.
    /// </summary>
    private SymbolNode? Parse()
    {
        if (!Enter())
        {
            return null;
        }

        try
        {
            if (StartsWith('.'))
            {
                return ParseTypeinfoName();
            }

            if (StartsWith("??@"))
            {
                return ParseMD5Name();
            }

            if (!Consume('?'))
            {
                return Fail<SymbolNode>();
            }

            int before = pos;
            SymbolNode? special = ParseSpecialIntrinsic();
            if (special is not null || error || pos != before)
            {
                return error ? null : special;
            }

            return ParseDeclarator();
        }
        finally
        {
            depth--;
        }
    }

    private bool Enter()
    {
        if (++depth > MaxDepth)
        {
            depth--;
            error = true;
            return false;
        }

        return true;
    }

    /// <summary>A typeinfo name string (<c>.?AVFoo@@</c>) stored in RTTI data: a type, nothing after it.</summary>
    private SymbolNode? ParseTypeinfoName()
    {
        Consume('.');
        TypeNode? type = ParseType(QualifierMode.Result);
        if (error || !AtEnd)
        {
            return Fail<SymbolNode>();
        }

        return SynthesizeVariable(type!, "`RTTI Type Descriptor Name'");
    }

    /// <summary>
    /// <c>??@</c> 32 hex digits <c>@</c>: an MD5 hash of a name too long to mangle; it cannot be
    /// demangled and prints as itself (with the <c>??_R4@</c> suffix of complete object locators).
    /// </summary>
    private SymbolNode? ParseMD5Name()
    {
        int start = pos;
        int last = text.IndexOf('@', pos + 3);
        if (last < 0)
        {
            return Fail<SymbolNode>();
        }

        pos = last + 1;
        Consume("??_R4@");
        return new SymbolNode { Name = SynthesizeName(new NamedIdentifierNode(text[start..pos])) };
    }

    private static QualifiedNameNode SynthesizeName(IdentifierNode identifier) => new(new NodeArray([identifier]));

    private static VariableSymbolNode SynthesizeVariable(TypeNode type, string name) =>
        new() { Type = type, Name = SynthesizeName(new NamedIdentifierNode(name)) };

    private T? Fail<T>()
        where T : class
    {
        error = true;
        return null;
    }

    private bool AtEnd => pos >= text.Length;

    private char Front => pos < text.Length ? text[pos] : '\0';

    private bool StartsWith(char c) => pos < text.Length && text[pos] == c;

    private bool StartsWith(string prefix) => text.AsSpan(pos).StartsWith(prefix, StringComparison.Ordinal);

    private bool StartsWithDigit => pos < text.Length && char.IsAsciiDigit(text[pos]);

    private bool Consume(char c)
    {
        if (!StartsWith(c))
        {
            return false;
        }

        pos++;
        return true;
    }

    private bool Consume(string prefix)
    {
        if (!StartsWith(prefix))
        {
            return false;
        }

        pos += prefix.Length;
        return true;
    }

    /// <summary>Takes one character; the caller has checked that one is there.</summary>
    private char Take() => text[pos++];
}
