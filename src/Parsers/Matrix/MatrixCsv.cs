using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Matrix;

/// <summary>
/// The matrix as CSV (RFC 4180): <c>name,kind,everywhere,missing_on,</c> then one column per
/// build, each cell <c>present</c>, <c>missing</c> or <c>as SPELLING</c>. The server's
/// <c>format=csv</c> and <c>abiportal matrix --csv</c> both write it.
/// </summary>
public static class MatrixCsv
{
    /// <summary>Writes the header and the rows.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<MatrixColumn> columns, IEnumerable<MatrixRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write("name,kind,everywhere,missing_on");
        foreach (var column in columns)
        {
            writer.Write(',');
            writer.Write(Csv.Field(column.Label));
        }

        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(Csv.Field(row.Name));
            writer.Write(',');
            writer.Write(Csv.Field(row.Kind));
            writer.Write(row.Everywhere ? ",yes," : ",no,");
            writer.Write(Csv.Field(string.Join(" ", row.MissingOn)));
            foreach (var cell in row.Cells)
            {
                writer.Write(',');
                writer.Write(Csv.Field(MatrixCellText.Of(cell)));
            }

            writer.Write("\r\n");
        }
    }
}
