namespace AbiPortal.Parsers.Matrix;

/// <summary>The answer to "is my symbol list available everywhere?" (<c>abiportal matrix --names</c>, <c>POST .../matrix</c>).</summary>
/// <param name="Columns">The platform builds asked about.</param>
/// <param name="Everywhere">Whether every name is exported by every build (perhaps under another spelling).</param>
/// <param name="Names">One answer per name, in the order asked.</param>
public sealed record MatrixNamesReport(IReadOnlyList<MatrixColumn> Columns, bool Everywhere, IReadOnlyList<NameAvailability> Names)
{
    /// <summary>The report for these names against this matrix.</summary>
    public static MatrixNamesReport For(ExportMatrix matrix, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var answers = new MatrixLookup(matrix).Find(names);
        return new MatrixNamesReport(matrix.Columns, answers.All(a => a.Everywhere), answers);
    }
}
