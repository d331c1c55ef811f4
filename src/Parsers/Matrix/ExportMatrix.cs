namespace AbiPortal.Parsers.Matrix;

/// <summary>
/// One release of a library across its platform builds: a row per normalized exported name, a
/// column per build. Rows missing somewhere come first (those present on the most builds
/// first, then by name), then the names every build has, by name. Immutable.
/// </summary>
public sealed record ExportMatrix(IReadOnlyList<MatrixColumn> Columns, MatrixSummary Summary, IReadOnlyList<MatrixRow> Rows);
