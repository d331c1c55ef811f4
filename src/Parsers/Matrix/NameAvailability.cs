namespace AbiPortal.Parsers.Matrix;

/// <summary>The answer for one asked-for name: is it available on every platform build, and as what.</summary>
/// <param name="Query">The name as asked.</param>
/// <param name="Name">The matrix row it matched (normalized name), or null when no build exports it.</param>
/// <param name="Everywhere">Whether every build exports it (perhaps under another spelling).</param>
/// <param name="MissingOn">The builds that lack it (all of them when nothing matched).</param>
/// <param name="Cells">Per build: present, other spelling (with the spellings) or missing.</param>
public sealed record NameAvailability(string Query, string? Name, bool Everywhere, IReadOnlyList<string> MissingOn, IReadOnlyList<MatrixCell> Cells);
