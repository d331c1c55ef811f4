using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Reading characters and numbers, building nodes and moving them on and off the operand stack.
/// Every builder propagates a null operand (Swift's demangler does the same), so one failed
/// sub-production fails the operator that needed it.
/// </summary>
internal sealed partial class SwiftParser
{
    private char Peek() => Pos < End ? Chars[Pos] : '\0';

    /// <summary>The next character, or NUL (without advancing) at the end.</summary>
    private char Next() => Pos < End ? Chars[Pos++] : '\0';

    /// <summary>Steps back over the last character read (Swift's <c>pushBack</c>).</summary>
    private void Back() => Pos = Math.Max(0, Pos - 1);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    /// <summary>
    /// A decimal number, or -1000 when there is none. Arithmetic wraps and only a wrap to a smaller
    /// value counts as overflow, exactly as Swift's <c>demangleNatural</c> reads its 32-bit ints.
    /// </summary>
    private int Natural()
    {
        if (!IsDigit(Peek()))
        {
            return -1000;
        }

        int number = 0;
        while (IsDigit(Peek()))
        {
            int next = unchecked((10 * number) + (Peek() - '0'));
            if (next < number)
            {
                return -1000;
            }

            number = next;
            Pos++;
        }

        return number;
    }

    /// <summary><c>_</c> is 0, <c>&lt;n&gt;_</c> is n + 1; -1000 when malformed.</summary>
    private int IndexNumber()
    {
        if (Accept('_'))
        {
            return 0;
        }

        int number = Natural();
        return number >= 0 && Accept('_') ? unchecked(number + 1) : -1000;
    }

    private SwiftNode? IndexAsNode()
    {
        int index = IndexNumber();
        return index >= 0 ? New(K.Number, (ulong)index) : null;
    }

    private void Push(SwiftNode node)
    {
        if (Stack.Count >= MaxStack)
        {
            Context.Exhaust();
            return;
        }

        Stack.Add(node);
    }

    private SwiftNode? Pop() => Stack.Pop();

    private SwiftNode? Pop(K kind) => Stack.Last is { } last && last.Kind == kind ? Stack.Pop() : null;

    private SwiftNode? Pop(Func<K, bool> accepts) => Stack.Last is { } last && accepts(last.Kind) ? Stack.Pop() : null;

    private SwiftNode? WithPoppedType(K kind) => WithChild(kind, Pop(K.Type));

    private void AddSubstitution(SwiftNode? node)
    {
        if (node is not null)
        {
            Context.Substitutions.Add(node);
        }
    }

    private SwiftNode? PopTypeAndGetChild()
    {
        var type = Pop(K.Type);
        return type is null || type.Count != 1 ? null : type.First;
    }

    private SwiftNode? PopTypeAndGetAnyGeneric() =>
        PopTypeAndGetChild() is { } child && SwiftNodeKinds.IsAnyGeneric(child.Kind) ? child : null;

    /// <summary>A module: an identifier read as a module name, or an <c>s</c>/<c>So</c>/<c>SC</c> module.</summary>
    private SwiftNode? PopModule() => Pop(K.Identifier) is { } identifier ? ChangeKind(identifier, K.Module) : Pop(K.Module);

    private SwiftNode? PopContext()
    {
        if (PopModule() is { } module)
        {
            return module;
        }

        if (Pop(K.Type) is { } type)
        {
            return type.Count == 1 && SwiftNodeKinds.IsContext(type.First.Kind) ? type.First : null;
        }

        return Pop(SwiftNodeKinds.IsContext);
    }

    private SwiftNode? GenericParam(int depth, int index)
    {
        if (depth < 0 || index < 0)
        {
            return null;
        }

        return WithChildren(K.DependentGenericParamType, New(K.Index, (ulong)depth), New(K.Index, (ulong)index));
    }
}
