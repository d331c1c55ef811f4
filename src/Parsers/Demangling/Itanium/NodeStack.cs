using System.Runtime.CompilerServices;

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
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _items[index];
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set => _items[index] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ItaniumNode node)
    {
        int count = Count;
        if (count == _items.Length)
        {
            Grow();
        }

        _items[count] = node;
        Count = count + 1;
    }

    private void Grow() => Array.Resize(ref _items, _items.Length * 2);

    /// <summary>Drops the elements from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        // The dropped slots keep their references: they point at pooled nodes that live as long
        // as the context anyway, and clearing them would cost time on every name.
        if (count < Count)
        {
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
