namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// One node of a demangled Swift symbol's tree: a kind and either a text, an index or children.
/// Nodes are pooled per thread by <see cref="SwiftContext"/> and reset before reuse (their child
/// arrays are kept), so demangling a name allocates almost nothing but its result. Substitutions make
/// the tree a DAG: a node can be the child of several parents.
/// </summary>
internal sealed class SwiftNode
{
    /// <summary>
    /// What <see cref="Child"/> answers for an absent child. Swift's printer dereferences absent children
    /// of malformed trees (undefined behaviour); this node stands in for them, prints as Swift prints a
    /// null node, and has no children, text or index, so the printer never meets a null.
    /// </summary>
    public static readonly SwiftNode Missing = new();

    private SwiftNode[] _children = [];

    public SwiftNodeKind Kind { get; private set; }

    public int Count { get; private set; }

    /// <summary>Set for nodes that carry text (identifiers, conventions, builtin type names).</summary>
    public bool HasText { get; private set; }

    /// <summary>Set for nodes that carry a number (indexes, counts, flags).</summary>
    public bool HasIndex { get; private set; }

    /// <summary>The text payload; empty when there is none.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    /// <summary>The number payload (Swift's 64-bit <c>Node::IndexType</c>); 0 when there is none.</summary>
    public ulong Index { get; private set; }

    public ReadOnlySpan<char> TextSpan => Text.Span;

    /// <summary>The child at <paramref name="index"/>, or <see cref="Missing"/>.</summary>
    public SwiftNode Child(int index) => (uint)index < (uint)Count ? _children[index] : Missing;

    public SwiftNode First => Child(0);

    public SwiftNode Last => Child(Count - 1);

    public bool Is(SwiftNodeKind kind) => Kind == kind;

    /// <summary>Whether this is an identifier spelling <paramref name="text"/>.</summary>
    public bool IsIdentifier(string text) => Kind == SwiftNodeKind.Identifier && TextSpan.SequenceEqual(text);

    public void Reset(SwiftNodeKind kind)
    {
        Kind = kind;
        Count = 0;
        HasText = false;
        HasIndex = false;
        Text = default;
        Index = 0;
    }

    public void SetText(ReadOnlyMemory<char> text)
    {
        Text = text;
        HasText = true;
    }

    public void SetIndex(ulong index)
    {
        Index = index;
        HasIndex = true;
    }

    public void Add(SwiftNode child)
    {
        if (ReferenceEquals(this, Missing))
        {
            return;
        }

        if (Count == _children.Length)
        {
            Array.Resize(ref _children, Math.Max(4, Count * 2));
        }

        _children[Count++] = child;
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            return;
        }

        Array.Copy(_children, index + 1, _children, index, Count - index - 1);
        Count--;
    }

    /// <summary>Reverses the order of the children from <paramref name="start"/> on.</summary>
    public void Reverse(int start = 0)
    {
        if (start < Count)
        {
            Array.Reverse(_children, start, Count - start);
        }
    }

    /// <summary>The first child of <paramref name="kind"/>, or null.</summary>
    public SwiftNode? Find(SwiftNodeKind kind)
    {
        for (int i = 0; i < Count; i++)
        {
            if (_children[i].Kind == kind)
            {
                return _children[i];
            }
        }

        return null;
    }
}
