using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Reads a Swift 4+ mangling (<c>$s</c>, <c>_$s</c>, <c>$S</c>, <c>_$S</c>, <c>$e</c>, <c>_T0</c>,
/// <c>@__swiftmacro_</c>) into a tree, the way Swift's own demangler does (lib/Demangling/Demangler.cpp,
/// grammar in docs/ABI/Mangling.rst). The mangling is postfix: operands come first and an operator
/// pops them, so the parser is a loop over operators with an operand stack, and recursion is limited
/// to walking a type's parents when generic arguments are applied. Every failure is a null result;
/// nothing here throws on malformed input.
/// </summary>
internal sealed partial class SwiftParser : SwiftParserBase
{
    /// <summary>Most operands the stack may hold; <c>A2048B</c>-style repeats can push many.</summary>
    public const int MaxStack = 1 << 16;

    /// <summary>Deepest nesting of types whose generic arguments are applied recursively.</summary>
    private const int MaxGenericNesting = 512;

    /// <summary>Longest run a repeat count may ask for (Swift's <c>SubstitutionMerging::MaxRepeatCount</c>).</summary>
    private const int MaxRepeatCount = 2048;

    /// <summary>Identifier pieces remembered for word substitution (Swift's <c>MaxNumWords</c>).</summary>
    private const int MaxWords = 26;

    private const string Stdlib = "Swift";

    private readonly int[] _wordStarts;
    private readonly int[] _wordLengths;
    private int _words;

    /// <summary>Swift 4 (<c>_T0</c>) mangled argument labels inside the function type.</summary>
    private bool _oldFunctionTypeMangling;

    public SwiftParser(SwiftContext context, char[] chars, int length)
        : base(context, chars, length)
    {
        _wordStarts = context.WordStarts;
        _wordLengths = context.WordLengths;
    }

    private SwiftNodeList Stack => Context.Stack;

    /// <summary>The length of the Swift 4+ mangling prefix <paramref name="name"/> starts with, or 0.</summary>
    public static int PrefixLength(ReadOnlySpan<char> name)
    {
        foreach (string prefix in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    private static readonly string[] Prefixes = ["_T0", "$S", "_$S", "$s", "_$s", "$e", "_$e", "@__swiftmacro_"];

    /// <summary>The tree of a whole symbol (a Global node), or null.</summary>
    public SwiftNode? ParseSymbol()
    {
        int prefix = PrefixLength(Chars.AsSpan(0, End));
        if (prefix == 0)
        {
            return null;
        }

        _oldFunctionTypeMangling = Chars[0] == '_' && Chars[1] == 'T';
        Pos = prefix;
        if (!ParseAndPushNodes())
        {
            return null;
        }

        var top = New(K.Global);
        if (top is null)
        {
            return null;
        }

        var suffix = Pop(K.Suffix);
        // Specialization and thunk attributes were mangled after the entity; they print before it.
        // A partial apply forwarder encloses what follows it.
        var parent = top;
        while (Pop(SwiftNodeKinds.IsFunctionAttribute) is { } attribute)
        {
            parent.Add(attribute);
            if (attribute.Kind is K.PartialApplyForwarder or K.PartialApplyObjCForwarder)
            {
                parent = attribute;
            }
        }

        for (int i = 0; i < Stack.Count; i++)
        {
            var node = Stack[i];
            parent.Add(node.Kind == K.Type ? node.First : node);
        }

        if (suffix is not null)
        {
            top.Add(suffix);
        }

        return top.Count == 0 || Context.Exhausted ? null : top;
    }

    private bool ParseAndPushNodes()
    {
        while (Pos < End)
        {
            // Swift stops at a NUL where an operator is expected (names looked up with a length too long).
            if (Chars[Pos] == '\0')
            {
                return true;
            }

            var node = ParseOperator();
            if (node is null || Context.Exhausted)
            {
                return false;
            }

            Push(node);
        }

        return !Context.Exhausted;
    }

    private SwiftNode? ParseOperator()
    {
        char c = Next();
        while (c == '\u00FF')
        {
            // Alignment padding before a symbolic reference.
            c = Next();
        }

        return c switch
        {
            // Symbolic references point into the binary; without it nothing can be demangled.
            >= '\u0001' and <= '\u000C' => null,
            'A' => ParseMultiSubstitution(),
            'B' => ParseBuiltinType(),
            'C' => ParseNominalType(K.Class),
            'D' => ParseTypeMangling(),
            'E' => ParseExtension(),
            'F' => ParsePlainFunction(),
            'G' => ParseBoundGenericType(),
            'H' => ParseConformanceOperator(),
            'I' => ParseImplFunctionType(),
            'K' => New(K.ThrowsAnnotation),
            'L' => ParseLocalIdentifier(),
            'M' => ParseMetadata(),
            'N' => WithChild(K.TypeMetadata, Pop(K.Type)),
            'O' => ParseNominalType(K.Enum),
            'P' => ParseNominalType(K.Protocol),
            'Q' => ParseArchetype(),
            'R' => ParseGenericRequirement(),
            'S' => ParseStandardSubstitution(),
            'T' => ParseThunkOrSpecialization(),
            'V' => ParseNominalType(K.Structure),
            'W' => ParseWitness(),
            'X' => ParseSpecialType(),
            'Y' => ParseTypeAnnotation(),
            'Z' => WithChild(K.Static, Pop(SwiftNodeKinds.IsEntity)),
            'a' => ParseNominalType(K.TypeAlias),
            'c' => PopFunctionType(K.FunctionType),
            'd' => New(K.VariadicMarker),
            'f' => ParseFunctionEntity(),
            'g' => ParseRetroactiveConformance(),
            'h' => TypeOf(WithChild(K.Shared, PopTypeAndGetChild())),
            'i' => ParseSubscript(),
            'l' => ParseGenericSignature(hasParamCounts: false),
            'm' => TypeOf(WithChild(K.Metatype, Pop(K.Type))),
            'n' => TypeOf(WithChild(K.Owned, PopTypeAndGetChild())),
            'o' => ParseOperatorIdentifier(),
            'p' => TypeOf(ParseProtocolList()),
            'q' => TypeOf(ParseGenericParamIndex()),
            'r' => ParseGenericSignature(hasParamCounts: true),
            's' => New(K.Module, Stdlib),
            't' => PopTuple(),
            'u' => ParseGenericType(),
            'v' => ParseVariable(),
            'w' => ParseValueWitness(),
            'x' => TypeOf(GenericParam(0, 0)),
            'y' => New(K.EmptyList),
            'z' => TypeOf(WithChild(K.InOut, PopTypeAndGetChild())),
            '_' => New(K.FirstElementMarker),
            // IRGen and LLVM append ".<n>" (and ".<text>.<n>") to clones: an unmangled suffix.
            '.' => ParseSuffix(),
            '$' => ParseIntegerType(),
            _ => ParseIdentifierAfterBack(),
        };
    }

    private SwiftNode? ParseSuffix()
    {
        Back();
        var suffix = New(K.Suffix, new ReadOnlyMemory<char>(Chars, Pos, End - Pos));
        Pos = End;
        return suffix;
    }

    private SwiftNode? ParseIdentifierAfterBack()
    {
        Back();
        return ParseIdentifier();
    }

    /// <summary><c>D</c>: a type on its own (with the argument labels of a function type).</summary>
    private SwiftNode? ParseTypeMangling()
    {
        var type = Pop(K.Type);
        var labels = PopFunctionParamLabels(type);
        var mangling = New(K.TypeMangling);
        AddChild(mangling, labels);
        return AddChild(mangling, type);
    }
}
