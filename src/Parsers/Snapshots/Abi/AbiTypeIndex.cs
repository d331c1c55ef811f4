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

    private readonly Dictionary<string, AbiType> _types;

    public AbiTypeIndex(AbiSurface surface)
    {
        _types = new Dictionary<string, AbiType>(surface.Types.Count, StringComparer.Ordinal);
        foreach (var type in surface.Types)
        {
            // Ids are unique by contract; a repeat (hand-edited JSON) keeps the first, as ODR merging does.
            _types.TryAdd(type.Id, type);
        }
    }

    public int Count => _types.Count;

    public AbiType? Find(string? id) => id is not null && _types.TryGetValue(id, out var type) ? type : null;

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
