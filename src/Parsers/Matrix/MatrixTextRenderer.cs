using System.Globalization;

namespace AbiPortal.Parsers.Matrix;

/// <summary>
/// The matrix as a terminal table (<c>abiportal matrix</c>): the builds, the summary, then the
/// names not on every build, then the rest, one table each with a column per build.
/// </summary>
public static class MatrixTextRenderer
{
    /// <summary>Writes the summary and the rows <paramref name="filter"/> lets through.</summary>
    public static void Write(TextWriter writer, ExportMatrix matrix, MatrixFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(matrix);
        var summary = matrix.Summary;
        writer.WriteLine(Invariant($"{matrix.Columns.Count} {Noun(matrix.Columns.Count, "build", "builds")}:"));
        int labelWidth = matrix.Columns.Max(c => c.Label.Length);
        for (int c = 0; c < matrix.Columns.Count; c++)
        {
            var column = matrix.Columns[c];
            var platform = summary.Platforms[c];
            string file = column.Member is null ? column.File : $"{column.File}, slice {column.Member}";
            writer.WriteLine(Invariant($"  {column.Label.PadRight(labelWidth)}  {file}: {platform.Names} {Noun(platform.Names, "name", "names")}, {platform.Missing} missing, {platform.OtherSpelling} under another spelling"));
        }

        writer.WriteLine(Invariant(
            $"{summary.Names} {Noun(summary.Names, "name", "names")}: {summary.Everywhere} on every build, {summary.NotEverywhere} not; {summary.OtherSpelling} under another spelling somewhere"));

        var rows = (filter ?? new MatrixFilter()).Apply(matrix).ToList();
        Table(writer, matrix, "Not on every build", rows.Where(r => !r.Everywhere).ToList());
        Table(writer, matrix, "On every build", rows.Where(r => r.Everywhere).ToList());
    }

    /// <summary>Writes the answers for a list of names: one line each, then the builds that lack it or spell it otherwise.</summary>
    public static void Write(TextWriter writer, MatrixNamesReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        int available = report.Names.Count(n => n.Everywhere);
        writer.WriteLine(Invariant($"{available} of {report.Names.Count} {Noun(report.Names.Count, "name", "names")} on every build ({string.Join(", ", report.Columns.Select(c => c.Label))})"));
        foreach (var answer in report.Names)
        {
            string state = answer.Name is null ? "missing everywhere" : answer.Everywhere ? "everywhere" : "missing on " + string.Join(", ", answer.MissingOn);
            string matched = answer.Name is null || answer.Name == answer.Query ? "" : $" ({answer.Name})";
            writer.WriteLine($"  {answer.Query}{matched}: {state}");
            foreach (var cell in answer.Cells.Where(c => c.State == MatrixPresence.OtherSpelling))
            {
                writer.WriteLine($"    {cell.Platform}: {MatrixCellText.Of(cell)}");
            }
        }
    }

    private static void Table(TextWriter writer, ExportMatrix matrix, string title, List<MatrixRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(Invariant($"{title} ({rows.Count}):"));
        var cells = rows.Select(r => r.Cells.Select(Cell).ToArray()).ToList();
        // A long C++ signature gets a line of its own rather than widening every row.
        int nameWidth = Math.Clamp(rows.Max(r => r.Name.Length), 4, MaxNameWidth);
        var widths = matrix.Columns.Select((c, i) => Math.Max(c.Label.Length, cells.Max(row => row[i].Length))).ToArray();
        var header = new System.Text.StringBuilder("  ").Append("NAME".PadRight(nameWidth));
        for (int i = 0; i < widths.Length; i++)
        {
            header.Append("  ").Append(matrix.Columns[i].Label.PadRight(widths[i]));
        }

        writer.WriteLine(header.ToString().TrimEnd());
        for (int r = 0; r < rows.Count; r++)
        {
            string name = rows[r].Name;
            if (name.Length > nameWidth)
            {
                writer.WriteLine("  " + name);
                name = "";
            }

            var line = new System.Text.StringBuilder("  ").Append(name.PadRight(nameWidth));
            for (int i = 0; i < widths.Length; i++)
            {
                line.Append("  ").Append(cells[r][i].PadRight(widths[i]));
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>A short cell: <c>yes</c>, <c>-</c>, or the other spelling.</summary>
    private static string Cell(MatrixCell cell) => cell.State switch
    {
        MatrixPresence.Present => "yes",
        MatrixPresence.Missing => "-",
        _ => MatrixCellText.Of(cell),
    };

    /// <summary>Widest name column; longer names are written on a line of their own.</summary>
    private const int MaxNameWidth = 60;

    private static string Noun(int count, string one, string many) => count == 1 ? one : many;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
