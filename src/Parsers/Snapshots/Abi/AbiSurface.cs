namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The type-level ABI of a binary, read from its debug info: every exported function and variable
/// the debug info describes, and every type reachable from them. Immutable and safe to share.
/// Null on a snapshot whose debug info was not read or not found (names only).
/// </summary>
/// <remarks>
/// Types are referred to by <see cref="AbiType.Id"/>, a stable identity across builds (kind and
/// qualified name for named types, a structural key for derived ones), so that two surfaces can be
/// compared type by type without looking at DWARF offsets, which change with every build.
/// </remarks>
public sealed record AbiSurface
{
    /// <summary>Where the surface came from and whether it is complete.</summary>
    public required AbiEvidence Evidence { get; init; }

    /// <summary>Exported functions described by the debug info, ordered by <see cref="AbiFunction.Symbol"/> then address.</summary>
    public IReadOnlyList<AbiFunction> Functions { get; init; } = [];

    /// <summary>Exported variables described by the debug info, ordered by <see cref="AbiVariable.Symbol"/> then address.</summary>
    public IReadOnlyList<AbiVariable> Variables { get; init; } = [];

    /// <summary>Every type reachable from <see cref="Functions"/> and <see cref="Variables"/>, ordered by <see cref="AbiType.Id"/> (ordinal); ids are unique.</summary>
    public IReadOnlyList<AbiType> Types { get; init; } = [];
}
