namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The types of one <see cref="AbiSurface"/> by id, with the few walks every consumer needs
/// (through typedefs and qualifiers to the type as laid out, and its size). A surface may come
/// from JSON someone uploaded, so every walk is bounded: a missing id reads as unknown and a
/// typedef cycle ends after <see cref="MaxChain"/> steps rather than looping.
/// </summary>
internal sealed class AbiTypeIndex
{
    /// <summary>Longest typedef/qualifier chain followed; real code nests a handful.</summary>
    public const int MaxChain = 64;

    /// <summary>
    /// Positions by id instance: a surface read from JSON (or built by the reader) names a type
    /// with the very string of its id wherever it is used, and a reference hash costs a fraction
    /// of hashing the characters, which matters for the million look-ups of a large library.
    /// </summary>
    private Dictionary<string, int>? _byReference;

    /// <summary>Positions by id text, built on the first look-up with an equal but distinct string (or at once for a surface that is not sorted).</summary>
    private Dictionary<string, int>? _byText;

    private readonly AbiType[] _types;

    public AbiTypeIndex(AbiSurface surface)
    {
        var types = surface.Types;
        // The contract orders types by id (ordinal), which also makes ids unique: checked, since
        // a surface may come from someone's JSON, and relied on for merging two surfaces in order.
        IsSorted = true;
        for (int i = 1; i < types.Count && IsSorted; i++)
        {
            IsSorted = string.CompareOrdinal(types[i - 1].Id, types[i].Id) < 0;
        }

        if (IsSorted)
        {
            _types = [.. types];
        }
        else
        {
            // A repeat (hand-edited JSON) keeps the first, as ODR merging does.
            _byText = new Dictionary<string, int>(types.Count, StringComparer.Ordinal);
            var distinct = new List<AbiType>(types.Count);
            foreach (var type in types)
            {
                if (_byText.TryAdd(type.Id, distinct.Count))
                {
                    distinct.Add(type);
                }
            }

            _types = [.. distinct];
        }
    }

    /// <summary>Whether the surface's types are in id order (as the contract says), so that positions follow id order.</summary>
    public bool IsSorted { get; }

    /// <summary>Distinct types; their positions run from 0 to <c>Count - 1</c>.</summary>
    public int Count => _types.Length;

    /// <summary>The type at a position (<see cref="PositionOf"/>).</summary>
    public AbiType this[int position] => _types[position];

    /// <summary>The position of an id, or -1 when the surface has no such type.</summary>
    public int PositionOf(string? id)
    {
        if (id is null)
        {
            return -1;
        }

        // Built on the first look-up: a diff of two unchanged surfaces looks nothing up.
        if (_byReference is null)
        {
            var byReference = new Dictionary<string, int>(_types.Length, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < _types.Length; i++)
            {
                byReference.TryAdd(_types[i].Id, i);
            }

            _byReference = byReference;
        }

        if (_byReference.TryGetValue(id, out int position))
        {
            return position;
        }

        if (_byText is null)
        {
            var byText = new Dictionary<string, int>(_types.Length, StringComparer.Ordinal);
            for (int i = 0; i < _types.Length; i++)
            {
                byText.Add(_types[i].Id, i);
            }

            _byText = byText;
        }

        return _byText.TryGetValue(id, out position) ? position : -1;
    }

    public AbiType? Find(string? id) => PositionOf(id) is >= 0 and var position ? _types[position] : null;

    /// <summary>
    /// A type by an id built from text (not taken from a surface): a binary search when the
    /// types are in order, so that one such look-up does not hash every id of the surface.
    /// </summary>
    public AbiType? FindByText(string id)
    {
        if (!IsSorted)
        {
            return Find(id);
        }

        int low = 0, high = _types.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = string.CompareOrdinal(_types[middle].Id, id);
            if (order == 0)
            {
                return _types[middle];
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    /// <summary>How C spells the type: its name, <c>void</c> for null, the id itself when the surface lacks it.</summary>
    public string NameOf(string? id) => id is null ? "void" : Find(id)?.Name ?? id;

    /// <summary>Typedefs and cv-qualifiers are names and promises, not layout: the type they stand for.</summary>
    public static bool IsTransparent(AbiTypeKind kind)
        => kind is AbiTypeKind.Typedef or AbiTypeKind.Const or AbiTypeKind.Volatile or AbiTypeKind.Restrict or AbiTypeKind.Atomic;

    /// <summary>The type behind typedefs and qualifiers (the type itself when it is neither); null when unknown or cyclic.</summary>
    public AbiType? Resolve(string? id)
    {
        var type = Find(id);
        for (int steps = 0; type is not null && IsTransparent(type.Kind); steps++)
        {
            if (steps == MaxChain)
            {
                return null;
            }

            type = Find(type.Target);
        }

        return type;
    }

    /// <summary>Size in bytes: the first size stated along the typedef/qualifier chain, or an array's count times its element's size.</summary>
    public ulong? SizeOf(string? id) => SizeOf(id, MaxChain);

    /// <summary><paramref name="budget"/> bounds the steps of the whole walk, nested arrays included.</summary>
    private ulong? SizeOf(string? id, int budget)
    {
        for (var type = Find(id); type is not null && budget > 0; type = Find(type.Target), budget--)
        {
            if (type.Size is { } size)
            {
                return size;
            }

            if (type.Kind == AbiTypeKind.Array)
            {
                return type.Count is { } count && SizeOf(type.Target, budget - 1) is { } element && (count == 0 || element <= ulong.MaxValue / count)
                    ? count * element
                    : null;
            }

            if (!IsTransparent(type.Kind))
            {
                return null;
            }
        }

        return null;
    }
}
