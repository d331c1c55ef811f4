namespace AbiPortal.Parsers.Matrix;

/// <summary>
/// Answers "is my symbol list available everywhere?" against a matrix: each asked-for name is
/// matched by its normalized key (<see cref="ExportNaming.QueryKeys"/>: C names with or without
/// decoration, mangled names of either scheme, demangled signatures, <c>name@VERSION</c>), or
/// else by the exact spelling some build exports (<c>_tally_add</c>, <c>tally_add@12</c>).
/// </summary>
public sealed class MatrixLookup
{
    private readonly ExportMatrix matrix;
    private readonly Dictionary<string, MatrixRow> byName;
    private readonly Dictionary<string, MatrixRow> bySpelling;

    public MatrixLookup(ExportMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        this.matrix = matrix;
        byName = new Dictionary<string, MatrixRow>(matrix.Rows.Count, StringComparer.Ordinal);
        bySpelling = new Dictionary<string, MatrixRow>(StringComparer.Ordinal);
        foreach (var row in matrix.Rows)
        {
            byName.TryAdd(row.Name, row);
            if (CppSignatureKey.Loose(row.Name) is var loose && loose != row.Name)
            {
                byName.TryAdd(loose, row);
            }

            foreach (var cell in row.Cells)
            {
                foreach (var spelling in cell.Spellings)
                {
                    bySpelling.TryAdd(spelling.Name, row);
                }
            }
        }
    }

    /// <summary>The answer for each name, in the order asked.</summary>
    public IReadOnlyList<NameAvailability> Find(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var answers = new List<NameAvailability>();
        foreach (string query in names)
        {
            answers.Add(Find(query));
        }

        return answers;
    }

    /// <summary>The answer for one name.</summary>
    public NameAvailability Find(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var row = Match(query);
        if (row is null)
        {
            var cells = matrix.Columns.Select(c => new MatrixCell(c.Label, MatrixPresence.Missing, [])).ToList();
            return new NameAvailability(query, null, false, matrix.Columns.Select(c => c.Label).ToList(), cells);
        }

        return new NameAvailability(query, row.Name, row.Everywhere, row.MissingOn, row.Cells);
    }

    private MatrixRow? Match(string query)
    {
        string text = query.Trim();
        if (byName.TryGetValue(text, out var exact) || bySpelling.TryGetValue(text, out exact))
        {
            return exact;
        }

        foreach (string key in ExportNaming.QueryKeys(text))
        {
            if (byName.TryGetValue(key, out var row))
            {
                return row;
            }
        }

        return null;
    }
}
