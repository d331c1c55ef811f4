namespace AbiPortal.Parsers.Matrix;

/// <summary>How a cell reads in the text table and the CSV: <c>present</c>, <c>missing</c>, or <c>as SPELLING</c>.</summary>
public static class MatrixCellText
{
    /// <summary>The word or the other spelling(s), joined by spaces.</summary>
    public static string Of(MatrixCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.State switch
        {
            MatrixPresence.Present => "present",
            MatrixPresence.Missing => "missing",
            _ => "as " + string.Join(" ", cell.Spellings.Select(s => s.Name)),
        };
    }
}
