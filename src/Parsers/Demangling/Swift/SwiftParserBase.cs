using K = AbiPortal.Parsers.Demangling.Swift.SwiftNodeKind;

namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// What the two parsers (<see cref="SwiftParser"/>, <see cref="SwiftLegacyParser"/>) share: the input
/// and the position in it, and node building. Every builder propagates a null operand, as Swift's
/// demanglers do, so one failed sub-production fails whatever needed it; a null from
/// <see cref="New(K)"/> means the node cap was reached.
/// </summary>
internal abstract class SwiftParserBase
{
    /// <summary>The mangled name (the context's copy of it); text nodes point into it.</summary>
    protected readonly char[] Chars;

    /// <summary>The length of the mangled name in <see cref="Chars"/>.</summary>
    protected readonly int End;

    /// <summary>The position of the next character to read.</summary>
    protected int Pos;

    protected SwiftParserBase(SwiftContext context, char[] chars, int length)
    {
        Context = context;
        Chars = chars;
        End = length;
    }

    protected SwiftContext Context { get; }

    protected bool AtEnd => Pos >= End;

    /// <summary>Consumes <paramref name="c"/> when it comes next.</summary>
    protected bool Accept(char c)
    {
        if (AtEnd || Chars[Pos] != c)
        {
            return false;
        }

        Pos++;
        return true;
    }

    /// <summary>Consumes <paramref name="text"/> when it comes next.</summary>
    protected bool Accept(string text)
    {
        if (!Chars.AsSpan(Pos, End - Pos).StartsWith(text, StringComparison.Ordinal))
        {
            return false;
        }

        Pos += text.Length;
        return true;
    }

    protected SwiftNode? New(K kind) => Context.Rent(kind);

    protected SwiftNode? New(K kind, string text) => New(kind, text.AsMemory());

    protected SwiftNode? New(K kind, ReadOnlyMemory<char> text)
    {
        var node = Context.Rent(kind);
        node?.SetText(text);
        return node;
    }

    protected SwiftNode? New(K kind, ulong index)
    {
        var node = Context.Rent(kind);
        node?.SetIndex(index);
        return node;
    }

    /// <summary><paramref name="prefix"/>, the decimal digits of <paramref name="value"/> and <paramref name="suffix"/>, stored.</summary>
    protected ReadOnlyMemory<char> NumberText(string prefix, long value, string suffix = "")
    {
        Span<char> text = stackalloc char[64];
        prefix.AsSpan().CopyTo(text);
        value.TryFormat(text.Slice(prefix.Length), out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        suffix.AsSpan().CopyTo(text.Slice(prefix.Length + written));
        return Context.Store(text.Slice(0, prefix.Length + written + suffix.Length));
    }

    protected SwiftNode? WithChild(K kind, SwiftNode? child) => child is null ? null : AddChild(New(kind), child);

    protected SwiftNode? WithChildren(K kind, SwiftNode? a, SwiftNode? b) =>
        a is null || b is null ? null : AddChild(AddChild(New(kind), a), b);

    protected SwiftNode? WithChildren(K kind, SwiftNode? a, SwiftNode? b, SwiftNode? c) =>
        a is null || b is null || c is null ? null : AddChild(AddChild(AddChild(New(kind), a), b), c);

    protected SwiftNode? WithChildren(K kind, SwiftNode? a, SwiftNode? b, SwiftNode? c, SwiftNode? d) =>
        a is null || b is null || c is null || d is null ? null : AddChild(WithChildren(kind, a, b, c), d);

    /// <summary>Wraps <paramref name="child"/> in a Type node (Swift's <c>createType</c>).</summary>
    protected SwiftNode? TypeOf(SwiftNode? child) => WithChild(K.Type, child);

    /// <summary>Adds <paramref name="child"/> and returns the parent; null when either is null.</summary>
    protected static SwiftNode? AddChild(SwiftNode? parent, SwiftNode? child)
    {
        if (parent is null || child is null)
        {
            return null;
        }

        parent.Add(child);
        return parent;
    }

    /// <summary>A copy of <paramref name="node"/> (payload and children) with another kind.</summary>
    protected SwiftNode? ChangeKind(SwiftNode? node, K kind)
    {
        if (node is null)
        {
            return null;
        }

        var copy = New(kind);
        if (copy is null)
        {
            return null;
        }

        if (node.HasText)
        {
            copy.SetText(node.Text);
        }
        else if (node.HasIndex)
        {
            copy.SetIndex(node.Index);
        }

        for (int i = 0; i < node.Count; i++)
        {
            copy.Add(node.Child(i));
        }

        return copy;
    }

}
