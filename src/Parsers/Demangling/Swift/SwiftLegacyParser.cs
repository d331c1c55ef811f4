using System.Runtime.CompilerServices;
using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Reads the Swift 1-3 mangling (<c>_T</c> without the <c>0</c> of Swift 4), which Objective-C
/// runtime names (<c>_TtC...</c>) still use, into the same tree as <see cref="SwiftParser"/>, the way
/// Swift's lib/Demangling/OldDemangler.cpp does. Unlike the current mangling it is prefix (a
/// recursive descent); recursion is bounded by <see cref="MaxDepth"/> and by the stack that is left.
/// </summary>
internal sealed partial class SwiftLegacyParser : SwiftParserBase
{
    /// <summary>Deepest recursion (Swift's old demangler allows the same).</summary>
    public const int MaxDepth = 1024;

    private const string Stdlib = "Swift";

    public SwiftLegacyParser(SwiftContext context, char[] chars, int length)
        : base(context, chars, length)
    {
    }

    private SwiftNodeList Substitutions => Context.Substitutions;

    /// <summary>The next character; '.' (which no production starts with) at the end, as Swift's old demangler answers.</summary>
    private char Peek() => Pos < End ? Chars[Pos] : '.';

    private char Next()
    {
        char c = Peek();
        if (Pos < End)
        {
            Pos++;
        }

        return c;
    }

    /// <summary>Whether <paramref name="depth"/> may recurse further (and the thread has the stack for it).</summary>
    private static bool CanDescend(int depth) =>
        depth <= MaxDepth && ((depth & 15) != 0 || RuntimeHelpers.TryEnsureSufficientExecutionStack());

    /// <summary>The tree of a whole <c>_T</c> symbol (a Global node), or null.</summary>
    public SwiftNode? ParseSymbol()
    {
        if (!Accept("_T"))
        {
            return null;
        }

        var top = New(K.Global);
        if (top is null)
        {
            return null;
        }

        if (Accept("TS"))
        {
            // Specialization prefixes, each followed by "_TTS" or by the "_T" of the specialized symbol.
            do
            {
                if (AddChild(top, ParseSpecializedAttribute(0)) is null)
                {
                    return null;
                }

                // The substitutions of a specialization prefix are not shared with the rest.
                Substitutions.Clear();
            }
            while (Accept("_TTS"));

            if (!Accept("_T"))
            {
                return null;
            }
        }
        else if (Accept("To"))
        {
            AddChild(top, New(K.ObjCAttribute));
        }
        else if (Accept("TO"))
        {
            AddChild(top, New(K.NonObjCAttribute));
        }
        else if (Accept("TD"))
        {
            AddChild(top, New(K.DynamicAttribute));
        }
        else if (Accept("Td"))
        {
            AddChild(top, New(K.DirectMethodReferenceAttribute));
        }
        else if (Accept("TV"))
        {
            AddChild(top, New(K.VTableAttribute));
        }

        if (AddChild(top, ParseGlobal(0)) is null)
        {
            return null;
        }

        if (!AtEnd)
        {
            // Whatever is left is an unmangled suffix.
            AddChild(top, New(K.Suffix, new ReadOnlyMemory<char>(Chars, Pos, End - Pos)));
            Pos = End;
        }

        return Context.Exhausted ? null : top;
    }

    private SwiftNode? ParseGlobal(int depth)
    {
        if (!CanDescend(depth) || AtEnd)
        {
            return null;
        }

        if (Accept('M'))
        {
            return ParseMetadata(depth);
        }

        if (Accept("PA"))
        {
            var forwarder = New(Accept('o') ? K.PartialApplyObjCForwarder : K.PartialApplyForwarder);
            return Accept("__T") ? AddChild(forwarder, ParseGlobal(depth + 1)) : forwarder;
        }

        if (Accept('t'))
        {
            return WithChild(K.TypeMangling, ParseType(depth + 1));
        }

        if (Accept('w'))
        {
            if (End - Pos < 2)
            {
                Pos = End;
                return null;
            }

            int kind = SwiftValueWitness.Index(Next(), Next());
            if (kind < 0)
            {
                return null;
            }

            var witness = AddChild(New(K.ValueWitness), New(K.Index, (ulong)kind));
            return AddChild(witness, ParseType(depth + 1));
        }

        if (Accept('W'))
        {
            return ParseWitness(depth);
        }

        if (Accept('T'))
        {
            return ParseThunk(depth);
        }

        return ParseEntity(depth + 1);
    }

    private SwiftNode? ParseMetadata(int depth)
    {
        var kind = K.TypeMetadata;
        if (Accept('P')) kind = K.GenericTypeMetadataPattern;
        else if (Accept('a')) kind = K.TypeMetadataAccessFunction;
        else if (Accept('L')) kind = K.TypeMetadataLazyCache;
        else if (Accept('m')) kind = K.Metaclass;
        else if (Accept('n')) kind = K.NominalTypeDescriptor;
        else if (Accept('f')) kind = K.FullTypeMetadata;
        else if (Accept('p')) return WithChild(K.ProtocolDescriptor, ParseProtocolName(depth + 1));

        return WithChild(kind, ParseType(depth + 1));
    }

    private SwiftNode? ParseWitness(int depth)
    {
        if (Accept('V')) return WithChild(K.ValueWitnessTable, ParseType(depth + 1));
        if (Accept('v'))
        {
            ulong directness = Accept('d') ? 0UL : Accept('i') ? 1UL : 2UL;
            return directness > 1 ? null : WithChildren(K.FieldOffset, New(K.Directness, directness), ParseEntity(depth + 1));
        }

        if (Accept('P')) return WithChild(K.ProtocolWitnessTable, ParseProtocolConformance(depth + 1));
        if (Accept('G')) return WithChild(K.GenericProtocolWitnessTable, ParseProtocolConformance(depth + 1));
        if (Accept('I')) return WithChild(K.GenericProtocolWitnessTableInstantiationFunction, ParseProtocolConformance(depth + 1));
        if (Accept('l') || Accept('L'))
        {
            var kind = Chars[Pos - 1] == 'l' ? K.LazyProtocolWitnessTableAccessor : K.LazyProtocolWitnessTableCacheVariable;
            var type = ParseType(depth + 1);
            return type is null ? null : WithChildren(kind, type, ParseProtocolConformance(depth + 1));
        }

        if (Accept('a')) return WithChild(K.ProtocolWitnessTableAccessor, ParseProtocolConformance(depth + 1));
        if (Accept('t'))
        {
            var conformance = ParseProtocolConformance(depth + 1);
            return conformance is null ? null : WithChildren(K.AssociatedTypeMetadataAccessor, conformance, ParseDeclName(depth + 1));
        }

        if (Accept('T'))
        {
            var conformance = ParseProtocolConformance(depth + 1);
            var name = conformance is null ? null : ParseDeclName(depth + 1);
            return name is null ? null : WithChildren(K.AssociatedTypeWitnessTableAccessor, conformance, name, ParseProtocolName(depth + 1));
        }

        return null;
    }

    private SwiftNode? ParseThunk(int depth)
    {
        if (Accept('R') || Accept('r'))
        {
            var thunk = New(Chars[Pos - 1] == 'R' ? K.ReabstractionThunkHelper : K.ReabstractionThunk);
            return ParseReabstractSignature(thunk, depth + 1) ? thunk : null;
        }

        if (Accept('W'))
        {
            var conformance = ParseProtocolConformance(depth + 1);
            // The entity is mangled in its own generic context.
            return conformance is null ? null : WithChildren(K.ProtocolWitness, conformance, ParseEntity(depth + 1));
        }

        return null;
    }
}
