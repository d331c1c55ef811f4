using AbiPortal.Parsers.Matrix;

namespace AbiPortal.Client.Contracts;

/// <summary>One export across the platform builds of its own version (the symbol page's "Across platforms").</summary>
/// <param name="Library">The library label.</param>
/// <param name="Version">The version label.</param>
/// <param name="Columns">The ready builds of that version; empty when there are fewer than two (nothing to compare).</param>
/// <param name="Row">The export's row of the version's matrix; null when it is no name the matrix compares (an ordinal-only or linker symbol).</param>
public sealed record SymbolPlatforms(string Library, string Version, IReadOnlyList<MatrixColumn> Columns, MatrixRow? Row);
