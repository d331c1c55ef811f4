using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Changes as CSV (RFC 4180), one line per change in the engine's order: <c>severity,kind,
/// symbol,demangled,version,before,after,detail,member,symbols,suppressed,reason</c>. A grouped
/// change (a renamed version node) is one line whose <c>symbols</c> column counts what it covers;
/// the JSON download lists them.
/// </summary>
public static class DiffCsv
{
    /// <summary>Writes the header and one line per change.</summary>
    public static void Write(TextWriter writer, IEnumerable<AbiChange> changes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(changes);
        Csv.Line(writer, "severity", "kind", "symbol", "demangled", "version", "before", "after", "detail", "member", "symbols", "suppressed", "reason");
        foreach (var c in changes)
        {
            Csv.Line(
                writer,
                EnumNames.Of(c.Severity),
                ChangeKinds.Name(c.Kind),
                c.Symbol,
                c.Demangled,
                c.Version,
                c.Before,
                c.After,
                c.Detail,
                c.Member,
                (c.Symbols?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.Suppressed ? "yes" : "no",
                c.Reason);
        }
    }
}
