namespace AbiPortal.Parsers.Matrix;

/// <summary>Which rows of a matrix to show: the page's <c>filter</c>, <c>q</c> and <c>missing</c> parameters, and the CLI's options.</summary>
/// <param name="Show">
/// <see cref="All"/> (default: gaps first, then the rest), <see cref="Gaps"/> (names some build
/// lacks), <see cref="Everywhere"/> (names every build has), or <see cref="OtherSpelling"/>
/// (names some build exports only under another spelling).
/// </param>
/// <param name="Q">Case-insensitive substring of the name or of any spelling.</param>
/// <param name="MissingOn">Only names missing on the build with this label.</param>
public sealed record MatrixFilter(string? Show = null, string? Q = null, string? MissingOn = null)
{
    public const string All = "all";

    public const string Gaps = "gaps";

    public const string Everywhere = "everywhere";

    public const string OtherSpelling = "other-spelling";

    /// <summary>The words <see cref="Show"/> accepts.</summary>
    public static IReadOnlyList<string> ShowWords { get; } = [All, Gaps, Everywhere, OtherSpelling];

    /// <summary>The problem with this filter for this matrix, or null when it is valid.</summary>
    public string? Validate(ExportMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (Show is not null && !ShowWords.Contains(Show))
        {
            return $"filter must be one of {string.Join(", ", ShowWords)}.";
        }

        if (MissingOn is not null && !matrix.Columns.Any(c => c.Label == MissingOn))
        {
            return $"missing must be one of the platforms: {string.Join(", ", matrix.Columns.Select(c => c.Label))}.";
        }

        return null;
    }

    /// <summary>The rows that pass, in matrix order.</summary>
    public IEnumerable<MatrixRow> Apply(ExportMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int column = MissingOn is null ? -1 : IndexOf(matrix, MissingOn);
        string? q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (MissingOn is not null && column < 0)
        {
            yield break;
        }

        foreach (var row in matrix.Rows)
        {
            bool shown = Show switch
            {
                Gaps => !row.Everywhere,
                Everywhere => row.Everywhere,
                OtherSpelling => row.HasOtherSpelling,
                _ => true,
            };
            if (!shown || (column >= 0 && row.Cells[column].State != MatrixPresence.Missing) || (q is not null && !Matches(row, q)))
            {
                continue;
            }

            yield return row;
        }
    }

    private static int IndexOf(ExportMatrix matrix, string label)
    {
        for (int i = 0; i < matrix.Columns.Count; i++)
        {
            if (matrix.Columns[i].Label == label)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Matches(MatrixRow row, string q)
        => row.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
           || row.Cells.Any(c => c.Spellings.Any(s => s.Name.Contains(q, StringComparison.OrdinalIgnoreCase)));
}
