using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Substitutions (Mangling.rst, "Substitutions"): <c>A</c> refers back to earlier identifiers and types
/// (a run of lowercase letters, a final uppercase one, optional repeat counts, or a large index
/// ending in <c>_</c>), and <c>S</c> names the standard library's common types and modules.
/// </summary>
internal sealed partial class SwiftParser
{
    private SwiftNode? ParseMultiSubstitution()
    {
        int repeat = -1;
        while (true)
        {
            char c = Next();
            if (c == '\0')
            {
                return null;
            }

            if (IsLower(c))
            {
                // A lowercase letter: this substitution, and more follow.
                var node = PushRepeated(repeat, c - 'a');
                if (node is null)
                {
                    return null;
                }

                Push(node);
                repeat = -1;
                continue;
            }

            if (IsUpper(c))
            {
                return PushRepeated(repeat, c - 'A');
            }

            if (c == '_')
            {
                // The number read was not a repeat count but an index of 26 or more.
                long index = (long)repeat + 27;
                return index < Context.Substitutions.Count ? Context.Substitutions[(int)index] : null;
            }

            Back();
            repeat = Natural();
            if (repeat < 0)
            {
                return null;
            }
        }
    }

    /// <summary>Pushes substitution <paramref name="index"/> count - 1 times and returns it (the caller pushes the last).</summary>
    private SwiftNode? PushRepeated(int count, int index)
    {
        if (index >= Context.Substitutions.Count || count > MaxRepeatCount)
        {
            return null;
        }

        var node = Context.Substitutions[index];
        while (count-- > 1)
        {
            Push(node);
        }

        return node;
    }

    private SwiftNode? ParseStandardSubstitution()
    {
        switch (Next())
        {
            case 'o':
                return New(K.Module, "__C");
            case 'C':
                return New(K.Module, "__C_Synthesized");
            case 'g':
                var optional = TypeOf(WithChildren(K.BoundGenericEnum,
                    StandardType(K.Enum, "Optional"),
                    WithChild(K.TypeList, Pop(K.Type))));
                AddSubstitution(optional);
                return optional;
            default:
                Back();
                int repeat = Natural();
                if (repeat > MaxRepeatCount)
                {
                    return null;
                }

                bool concurrency = Accept('c');
                var node = StandardSubstitution(Next(), concurrency);
                if (node is null)
                {
                    return null;
                }

                while (repeat-- > 1)
                {
                    Push(node);
                }

                return node;
        }
    }

    /// <summary><c>Swift.&lt;name&gt;</c> as a type of <paramref name="kind"/>.</summary>
    private SwiftNode? StandardType(K kind, string name) =>
        TypeOf(WithChildren(kind, New(K.Module, Stdlib), New(K.Identifier, name)));

    /// <summary>The standard type a letter after <c>S</c> (or <c>Sc</c>, the concurrency types) stands for.</summary>
    private SwiftNode? StandardSubstitution(char c, bool concurrency)
    {
        var (kind, name) = concurrency ? ConcurrencyType(c) : StandardTypeName(c);
        return name is null ? null : StandardType(kind, name);
    }

    // StandardTypesMangling.def.
    private static (K Kind, string? Name) StandardTypeName(char c) => c switch
    {
        'A' => (K.Structure, "AutoreleasingUnsafeMutablePointer"),
        'a' => (K.Structure, "Array"),
        'b' => (K.Structure, "Bool"),
        'D' => (K.Structure, "Dictionary"),
        'd' => (K.Structure, "Double"),
        'f' => (K.Structure, "Float"),
        'h' => (K.Structure, "Set"),
        'I' => (K.Structure, "DefaultIndices"),
        'i' => (K.Structure, "Int"),
        'J' => (K.Structure, "Character"),
        'N' => (K.Structure, "ClosedRange"),
        'n' => (K.Structure, "Range"),
        'O' => (K.Structure, "ObjectIdentifier"),
        'P' => (K.Structure, "UnsafePointer"),
        'p' => (K.Structure, "UnsafeMutablePointer"),
        'R' => (K.Structure, "UnsafeBufferPointer"),
        'r' => (K.Structure, "UnsafeMutableBufferPointer"),
        'S' => (K.Structure, "String"),
        's' => (K.Structure, "Substring"),
        'u' => (K.Structure, "UInt"),
        'V' => (K.Structure, "UnsafeRawPointer"),
        'v' => (K.Structure, "UnsafeMutableRawPointer"),
        'W' => (K.Structure, "UnsafeRawBufferPointer"),
        'w' => (K.Structure, "UnsafeMutableRawBufferPointer"),
        'q' => (K.Enum, "Optional"),
        'B' => (K.Protocol, "BinaryFloatingPoint"),
        'E' => (K.Protocol, "Encodable"),
        'e' => (K.Protocol, "Decodable"),
        'F' => (K.Protocol, "FloatingPoint"),
        'G' => (K.Protocol, "RandomNumberGenerator"),
        'H' => (K.Protocol, "Hashable"),
        'j' => (K.Protocol, "Numeric"),
        'K' => (K.Protocol, "BidirectionalCollection"),
        'k' => (K.Protocol, "RandomAccessCollection"),
        'L' => (K.Protocol, "Comparable"),
        'l' => (K.Protocol, "Collection"),
        'M' => (K.Protocol, "MutableCollection"),
        'm' => (K.Protocol, "RangeReplaceableCollection"),
        'Q' => (K.Protocol, "Equatable"),
        'T' => (K.Protocol, "Sequence"),
        't' => (K.Protocol, "IteratorProtocol"),
        'U' => (K.Protocol, "UnsignedInteger"),
        'X' => (K.Protocol, "RangeExpression"),
        'x' => (K.Protocol, "Strideable"),
        'Y' => (K.Protocol, "RawRepresentable"),
        'y' => (K.Protocol, "StringProtocol"),
        'Z' => (K.Protocol, "SignedInteger"),
        'z' => (K.Protocol, "BinaryInteger"),
        _ => (K.Missing, null),
    };

    private static (K Kind, string? Name) ConcurrencyType(char c) => c switch
    {
        'A' => (K.Protocol, "Actor"),
        'C' => (K.Structure, "CheckedContinuation"),
        'c' => (K.Structure, "UnsafeContinuation"),
        'E' => (K.Structure, "CancellationError"),
        'e' => (K.Structure, "UnownedSerialExecutor"),
        'F' => (K.Protocol, "Executor"),
        'f' => (K.Protocol, "SerialExecutor"),
        'G' => (K.Structure, "TaskGroup"),
        'g' => (K.Structure, "ThrowingTaskGroup"),
        'h' => (K.Protocol, "TaskExecutor"),
        'I' => (K.Protocol, "AsyncIteratorProtocol"),
        'i' => (K.Protocol, "AsyncSequence"),
        'J' => (K.Structure, "UnownedJob"),
        'M' => (K.Class, "MainActor"),
        'P' => (K.Structure, "TaskPriority"),
        'S' => (K.Structure, "AsyncStream"),
        's' => (K.Structure, "AsyncThrowingStream"),
        'T' => (K.Structure, "Task"),
        't' => (K.Structure, "UnsafeCurrentTask"),
        _ => (K.Missing, null),
    };
}
