using AbiPortal.Parsers.Diff;

namespace AbiPortal.Client.Contracts;

/// <summary>One change of a stored diff, as a page of changes holds it.</summary>
/// <param name="Id">Its position in the diff (the engine's order).</param>
/// <param name="Change">
/// The change. For a grouped change (a renamed version node) <see cref="AbiChange.Symbols"/> holds
/// at most the first few hundred symbols; <paramref name="SymbolCount"/> says how many there are.
/// </param>
/// <param name="SymbolCount">All symbols of a grouped change (0 otherwise).</param>
public sealed record DiffChangeRow(int Id, AbiChange Change, int SymbolCount);
