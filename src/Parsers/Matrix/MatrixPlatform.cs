namespace AbiPortal.Parsers.Matrix;

/// <summary>The input for one column: the build's description and its exports.</summary>
public sealed record MatrixPlatform(MatrixColumn Column, IReadOnlyList<MatrixExport> Exports);
