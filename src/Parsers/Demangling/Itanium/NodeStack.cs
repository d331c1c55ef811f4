namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// A growable array of nodes. Used instead of List&lt;T&gt; on the hot paths because ReadyToRun code
/// cannot inline List's members across the framework boundary, and these are touched for every token.
/// </summary>
internal sealed class NodeStack
{
    private ItaniumNode[] _items = new ItaniumNode[16];

    public int Count { get; private set; }

    public ItaniumNode this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public void Add(ItaniumNode node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = node;
    }

    /// <summary>Drops the elements from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        if (count < Count)
        {
            Array.Clear(_items, count, Count - count);
            Count = count;
        }
    }

    public void Clear() => Truncate(0);

    /// <summary>Releases a backing array grown by a hostile name.</summary>
    public void TrimTo(int capacity)
    {
        if (_items.Length > capacity && Count <= capacity)
        {
            Array.Resize(ref _items, capacity);
        }
    }
}
