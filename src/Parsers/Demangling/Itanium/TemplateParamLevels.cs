using System.Runtime.CompilerServices;

namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// The template parameter scopes of <see cref="ItaniumContext.TemplateParams"/> (level 0 for <c>T_</c>,
/// level n+1 for <c>TL&lt;n&gt;__</c>); a level is null while a generic lambda's is not yet known.
/// Our own type rather than <c>List&lt;NodeStack?&gt;</c>: the precompiled code reaches a shared generic
/// list's methods through runtime lookups, and this runs for every encoding.
/// </summary>
internal sealed class TemplateParamLevels
{
    private NodeStack?[] _levels = new NodeStack?[4];

    public int Count { get; private set; }

    public NodeStack? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (uint)index < (uint)Count ? _levels[index] : throw new ArgumentOutOfRangeException(nameof(index));
    }

    public void Add(NodeStack? level)
    {
        if (Count == _levels.Length)
        {
            Array.Resize(ref _levels, _levels.Length * 2);
        }

        _levels[Count++] = level;
    }

    /// <summary>Drops the levels from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        if (count < Count)
        {
            Array.Clear(_levels, count, Count - count);
            Count = count;
        }
    }

    public void Clear() => Truncate(0);
}
