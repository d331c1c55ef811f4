namespace AbiPortal.Parsers.Matrix;

/// <summary>One exported name across every platform build.</summary>
/// <param name="Name">The normalized name: the C name, or the C++ signature in one form for both manglings.</param>
/// <param name="Kind">Symbol kind of its first export (<c>function</c>, <c>object</c>, ...).</param>
/// <param name="Everywhere">Whether every platform build exports it (under some spelling).</param>
/// <param name="MissingOn">Labels of the builds that do not export it.</param>
/// <param name="Cells">One cell per column, in column order.</param>
public sealed record MatrixRow(string Name, string Kind, bool Everywhere, IReadOnlyList<string> MissingOn, IReadOnlyList<MatrixCell> Cells)
{
    /// <summary>Whether some build exports it only under another spelling.</summary>
    public bool HasOtherSpelling => Cells.Any(c => c.State == MatrixPresence.OtherSpelling);
}
