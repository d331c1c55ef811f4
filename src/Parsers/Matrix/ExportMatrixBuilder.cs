using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Matrix;

/// <summary>
/// Builds the <see cref="ExportMatrix"/> of one release from its platform builds: the CLI's
/// <c>abiportal matrix</c> and the server's platform view both call this, so they agree.
/// </summary>
public static class ExportMatrixBuilder
{
    /// <summary>Normalizes every export of every build and lays the names out as rows.</summary>
    public static ExportMatrix Build(IReadOnlyList<MatrixPlatform> platforms)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        var columns = UniqueLabels(platforms);
        int count = columns.Count;
        var rows = new Dictionary<string, RowBuilder>(StringComparer.Ordinal);
        for (int c = 0; c < count; c++)
        {
            foreach (var export in platforms[c].Exports)
            {
                if (ExportNaming.Normalize(export.Name, export.Demangled, export.ImportedName, export.Version, export.Scheme) is not { } name)
                {
                    continue;
                }

                if (!rows.TryGetValue(name.Key, out var row))
                {
                    row = new RowBuilder(name.Key, EnumNames.Of(export.Kind), name.IsCpp, name.LooseKey ?? name.Key, count);
                    rows.Add(name.Key, row);
                }

                row.Add(c, new Entry(export.Name!, name.Lookup, export.Version, export.Id));
            }
        }

        var merged = MergeDataModelTwins(rows.Values);
        var built = merged.Select(r => r.Build(columns)).ToList();
        built.Sort(RowOrder);
        return new ExportMatrix(columns, Summarize(columns, built), built);
    }

    /// <summary>Gaps first (those present on the most builds first), then the names every build has; by name within each.</summary>
    private static int RowOrder(MatrixRow a, MatrixRow b)
    {
        if (a.Everywhere != b.Everywhere)
        {
            return a.Everywhere ? 1 : -1;
        }

        int byMissing = a.MissingOn.Count.CompareTo(b.MissingOn.Count);
        return byMissing != 0 ? byMissing : string.CompareOrdinal(a.Name, b.Name);
    }

    /// <summary>
    /// Pairs C++ rows that differ only in <c>long</c> against <c>long long</c> (<c>size_t</c> on
    /// LP64 against 64-bit Windows) when no build has both: one function, spelled per data model.
    /// The row with more builds keeps its name (on a tie, the one in the earlier column); the other's cells join it.
    /// </summary>
    private static List<RowBuilder> MergeDataModelTwins(IEnumerable<RowBuilder> rows)
    {
        var result = new List<RowBuilder>();
        var byLoose = new Dictionary<string, List<RowBuilder>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!row.IsCpp)
            {
                result.Add(row);
                continue;
            }

            if (!byLoose.TryGetValue(row.LooseKey, out var group))
            {
                group = new List<RowBuilder>(1);
                byLoose.Add(row.LooseKey, group);
            }

            group.Add(row);
        }

        foreach (var group in byLoose.Values)
        {
            if (group.Count > 1)
            {
                group.Sort((a, b) => b.PresentCount != a.PresentCount ? b.PresentCount.CompareTo(a.PresentCount)
                    : a.FirstColumn != b.FirstColumn ? a.FirstColumn.CompareTo(b.FirstColumn)
                    : string.CompareOrdinal(a.Key, b.Key));
                for (int i = group.Count - 1; i > 0; i--)
                {
                    for (int j = 0; j < i; j++)
                    {
                        if (group[j].TryAbsorb(group[i]))
                        {
                            group.RemoveAt(i);
                            break;
                        }
                    }
                }
            }

            result.AddRange(group);
        }

        return result;
    }

    private static MatrixSummary Summarize(IReadOnlyList<MatrixColumn> columns, List<MatrixRow> rows)
    {
        var platforms = new List<MatrixPlatformSummary>(columns.Count);
        for (int c = 0; c < columns.Count; c++)
        {
            int names = 0, missing = 0, other = 0;
            foreach (var row in rows)
            {
                switch (row.Cells[c].State)
                {
                    case MatrixPresence.Missing: missing++; break;
                    case MatrixPresence.OtherSpelling: other++; names++; break;
                    default: names++; break;
                }
            }

            platforms.Add(new MatrixPlatformSummary(columns[c].Label, names, missing, other));
        }

        int everywhere = rows.Count(r => r.Everywhere);
        return new MatrixSummary(rows.Count, everywhere, rows.Count - everywhere, rows.Count(r => r.HasOtherSpelling), platforms);
    }

    /// <summary>Column labels must tell builds apart: a repeated label gets the file name, then a number.</summary>
    private static List<MatrixColumn> UniqueLabels(IReadOnlyList<MatrixPlatform> platforms)
    {
        var columns = new List<MatrixColumn>(platforms.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var platform in platforms)
        {
            var column = platform.Column;
            bool repeated = platforms.Count(p => p.Column.Label == column.Label) > 1;
            string label = repeated ? $"{column.Label} ({column.File})" : column.Label;
            for (int n = 2; !seen.Add(label); n++)
            {
                label = $"{column.Label} ({column.File}) #{n}";
            }

            columns.Add(label == column.Label ? column : column with { Label = label });
        }

        return columns;
    }

    /// <summary>One export under a row: raw name, loader lookup name, version, stored id.</summary>
    private readonly record struct Entry(string Name, string Lookup, string? Version, int? Id);

    /// <summary>A row while the exports are read: the entries of each column.</summary>
    private sealed class RowBuilder(string key, string kind, bool isCpp, string looseKey, int columns)
    {
        private readonly List<Entry>?[] cells = new List<Entry>?[columns];

        public string Key { get; } = key;

        public bool IsCpp { get; } = isCpp;

        public string LooseKey { get; } = looseKey;

        public int PresentCount => cells.Count(c => c is not null);

        public int FirstColumn => Array.FindIndex(cells, c => c is not null);

        public void Add(int column, Entry entry)
        {
            var list = cells[column] ??= new List<Entry>(1);
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i].Lookup == entry.Lookup && list[i].Version == entry.Version)
                {
                    // __imp_x and x of one import member are one spelling; keep the name without the prefix.
                    if (list[i].Name.StartsWith("__imp_", StringComparison.Ordinal) && !entry.Name.StartsWith("__imp_", StringComparison.Ordinal))
                    {
                        list[i] = entry;
                    }

                    return;
                }
            }

            list.Add(entry);
        }

        /// <summary>Takes the other row's cells when no column has both.</summary>
        public bool TryAbsorb(RowBuilder other)
        {
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c] is not null && other.cells[c] is not null)
                {
                    return false;
                }
            }

            for (int c = 0; c < cells.Length; c++)
            {
                cells[c] ??= other.cells[c];
            }

            return true;
        }

        public MatrixRow Build(IReadOnlyList<MatrixColumn> columns)
        {
            string canonical = CanonicalLookup();
            var result = new MatrixCell[cells.Length];
            var missing = new List<string>();
            for (int c = 0; c < cells.Length; c++)
            {
                var list = cells[c];
                if (list is null)
                {
                    missing.Add(columns[c].Label);
                    result[c] = new MatrixCell(columns[c].Label, MatrixPresence.Missing, []);
                    continue;
                }

                var state = list.Exists(e => e.Lookup == canonical) ? MatrixPresence.Present : MatrixPresence.OtherSpelling;
                result[c] = new MatrixCell(columns[c].Label, state, list.ConvertAll(e => new MatrixSpelling(e.Name, e.Version, e.Id)));
            }

            return new MatrixRow(Key, kind, missing.Count == 0, missing, result);
        }

        /// <summary>
        /// The spelling a build needs to count as plain "present": a C name itself when some build
        /// exports it undecorated; otherwise (C++, or decorated everywhere) the loader name most
        /// builds share, the earliest column's on a tie.
        /// </summary>
        private string CanonicalLookup()
        {
            if (!IsCpp && cells.Any(list => list is not null && list.Exists(e => e.Lookup == Key)))
            {
                return Key;
            }

            string best = "";
            int bestCount = 0;
            foreach (var list in cells)
            {
                if (list is null)
                {
                    continue;
                }

                foreach (var entry in list)
                {
                    int count = cells.Count(other => other is not null && other.Exists(e => e.Lookup == entry.Lookup));
                    if (count > bestCount)
                    {
                        (best, bestCount) = (entry.Lookup, count);
                    }
                }
            }

            return best;
        }
    }
}
