using System.Globalization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Client.Contracts;

/// <summary>An artifact's exports or imports as CSV (RFC 4180), one line per row, the API's field names as the header.</summary>
public static class SymbolCsv
{
    /// <summary>Writes exports: <c>id,name,demangled,version,defaultVersion,kind,binding,visibility,address,size,ordinal,forwarder,section,member,library,flags</c>.</summary>
    public static void WriteExports(TextWriter writer, IEnumerable<ExportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Csv.Line(writer, "id", "name", "demangled", "version", "defaultVersion", "kind", "binding", "visibility", "address", "size", "ordinal", "forwarder", "section", "member", "library", "flags");
        foreach (var r in rows)
        {
            Csv.Line(
                writer, Number(r.Id), r.Name, r.Demangled, r.Version, r.DefaultVersion is { } d ? (d ? "yes" : "no") : null, r.Kind, r.Binding, r.Visibility,
                r.Address is { } a ? "0x" + a.ToString("x", CultureInfo.InvariantCulture) : null, r.Size?.ToString(CultureInfo.InvariantCulture),
                r.Ordinal?.ToString(CultureInfo.InvariantCulture), r.Forwarder, r.Section, r.Member, r.Library, string.Join(' ', r.Flags));
        }
    }

    /// <summary>Writes imports: <c>id,name,demangled,version,library,kind,binding,ordinal,hint,member,flags</c>.</summary>
    public static void WriteImports(TextWriter writer, IEnumerable<ImportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Csv.Line(writer, "id", "name", "demangled", "version", "library", "kind", "binding", "ordinal", "hint", "member", "flags");
        foreach (var r in rows)
        {
            Csv.Line(
                writer, Number(r.Id), r.Name, r.Demangled, r.Version, r.Library, r.Kind, r.Binding,
                r.Ordinal?.ToString(CultureInfo.InvariantCulture), r.Hint?.ToString(CultureInfo.InvariantCulture), r.Member, string.Join(' ', r.Flags));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
