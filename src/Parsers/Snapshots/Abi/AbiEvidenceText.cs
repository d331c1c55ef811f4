using System.Globalization;
using System.Text;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>The evidence line every report carries: what a snapshot's ABI was read from.</summary>
public static class AbiEvidenceText
{
    /// <summary>Without debug info: names, kinds, sizes and versions only.</summary>
    public const string SymbolsOnly = "symbols only";

    /// <summary>
    /// <c>symbols only</c>, or <c>symbols + debug info (DWARF 5, 3 units)</c> with where a
    /// separate debug file came from and whether caps cut the surface short.
    /// </summary>
    public static string Of(AbiSurface? abi)
    {
        if (abi is null)
        {
            return SymbolsOnly;
        }

        var e = abi.Evidence;
        var sb = new StringBuilder("symbols + debug info (");
        sb.Append(e.Format == "dwarf" ? "DWARF" : e.Format).Append(' ').Append(e.MinVersion.ToString(CultureInfo.InvariantCulture));
        if (e.MaxVersion != e.MinVersion)
        {
            sb.Append('-').Append(e.MaxVersion.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append(", ").Append(e.Units.ToString(CultureInfo.InvariantCulture)).Append(e.Units == 1 ? " unit" : " units");
        string file = e.DebugFile ?? "a separate file";
        sb.Append(e.Source switch
        {
            "embedded" => string.Empty,
            "build-id" => $", {file} found by build id",
            "debuglink" => $", {file} found by .gnu_debuglink",
            "dsym" => $", dSYM {file}",
            "explicit" => $", debug file {file}",
            _ => $", {file} ({e.Source})",
        });

        if (e.SupplementaryFile is not null)
        {
            sb.Append(", dwz ").Append(e.SupplementaryFile);
        }

        if (e.Partial)
        {
            sb.Append(", partial: cut short, see diagnostics");
        }

        return sb.Append(')').ToString();
    }

    /// <summary>
    /// The evidence of a whole file: its own surface, or for an archive or fat file, how many of
    /// its members carry debug info.
    /// </summary>
    public static string Of(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Abi is not null || snapshot.Members.Count == 0)
        {
            return Of(snapshot.Abi);
        }

        int withAbi = snapshot.Members.Count(m => m.Abi is not null);
        return withAbi == 0 ? SymbolsOnly
            : string.Create(CultureInfo.InvariantCulture, $"symbols + debug info in {withAbi} of {snapshot.Members.Count} members");
    }
}
