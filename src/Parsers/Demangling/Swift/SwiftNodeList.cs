namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// A growable array of nodes: the parser's operand stack and substitution table. A plain array rather
/// than List&lt;T&gt; because every operator touches it and ReadyToRun code cannot inline List's members
/// across the framework boundary.
/// </summary>
internal sealed class SwiftNodeList
{
    private SwiftNode[] _items = new SwiftNode[32];

    public int Count { get; private set; }

    public SwiftNode this[int index] => _items[index];

    public SwiftNode? Last => Count > 0 ? _items[Count - 1] : null;

    public void Add(SwiftNode node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = node;
    }

    /// <summary>Removes and returns the last node, or null when empty.</summary>
    public SwiftNode? Pop() => Count > 0 ? _items[--Count] : null;

    public void Clear()
    {
        // The dropped slots keep their references: they point at pooled nodes that live as long as
        // the context anyway, and clearing them would cost time on every name.
        Count = 0;
    }

    /// <summary>Releases a backing array grown by a hostile name.</summary>
    public void TrimTo(int capacity)
    {
        if (_items.Length > capacity && Count <= capacity)
        {
            Array.Resize(ref _items, capacity);
        }
    }
}
