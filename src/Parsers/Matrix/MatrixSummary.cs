namespace AbiPortal.Parsers.Matrix;

/// <summary>The matrix in numbers, shown before its rows.</summary>
/// <param name="Names">Distinct normalized names over all builds.</param>
/// <param name="Everywhere">Names every build exports (some perhaps under another spelling).</param>
/// <param name="NotEverywhere">Names some build lacks: the likely binding failures.</param>
/// <param name="OtherSpelling">Names some build exports only under another spelling.</param>
/// <param name="Platforms">Per build: its names, and how many of all names it lacks or spells otherwise.</param>
public sealed record MatrixSummary(int Names, int Everywhere, int NotEverywhere, int OtherSpelling, IReadOnlyList<MatrixPlatformSummary> Platforms);
