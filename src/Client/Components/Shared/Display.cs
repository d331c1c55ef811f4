using System.Globalization;
using AbiPortal.Client.Contracts;

namespace AbiPortal.Client.Components.Shared;

/// <summary>How values are written on the pages: one place, so every table agrees.</summary>
public static class Display
{
    /// <summary>An address as 0x-prefixed hex, or an em dash when absent.</summary>
    public static string Hex(ulong? value) => value is null ? "—" : "0x" + value.Value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>An address as hex, or nothing when there is none (a table cell left empty).</summary>
    public static string HexOrEmpty(ulong? value) => value is null ? "" : Hex(value);

    /// <summary>The tag colour of a lint level: errors bad, warnings warn, notes info.</summary>
    public static string LevelClass(AbiPortal.Parsers.Lint.LintLevel level) => level switch
    {
        AbiPortal.Parsers.Lint.LintLevel.Error => "bad",
        AbiPortal.Parsers.Lint.LintLevel.Warning => "warn",
        _ => "info",
    };

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The noun for a count: <paramref name="one"/> for exactly 1, else <paramref name="many"/> ("1 export", "0 exports").</summary>
    public static string Noun(long count, string one, string many) => count == 1 ? one : many;

    /// <summary>An optional number, or an em dash.</summary>
    public static string Number(ulong? value) => value is null ? "—" : value.Value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A file size in binary units (KiB, MiB, GiB).</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? bytes.ToString("N0", CultureInfo.InvariantCulture) + " B"
            : value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    /// <summary>A timestamp in UTC, ISO-like and unambiguous for readers anywhere.</summary>
    public static string When(DateTimeOffset? at) => at is null ? "—" : at.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Yes, no, or unknown for an optional fact.</summary>
    public static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "unknown" };

    /// <summary>The name shown for a symbol: demangled when asked and available, else raw, else its ordinal.</summary>
    public static string SymbolName(string? raw, string? demangled, bool preferDemangled, uint? ordinal = null)
    {
        if (preferDemangled && !string.IsNullOrEmpty(demangled))
        {
            return demangled;
        }

        return raw ?? (ordinal is null ? "(unnamed)" : "#" + ordinal.Value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>An ELF version as nm writes it: <c>@@V</c> for the default, <c>@V</c> for a hidden one.</summary>
    public static string VersionSuffix(string? version, bool? isDefault) =>
        version is null ? "" : (isDefault == false ? "@" : "@@") + version;

    /// <summary>"library version (platform)" for an artifact, or its file name when unlabelled.</summary>
    public static string Title(ArtifactSummary artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var labels = artifact.Labels;
        if (labels.Library is null)
        {
            return artifact.FileName;
        }

        string title = labels.Version is null ? labels.Library : $"{labels.Library} {labels.Version}";
        if (labels.Channel == ArtifactLabels.PullRequestChannel)
        {
            // A PR build next to releases in lists must not read like one of them.
            title += labels.PullRequest is int number ? $" PR #{number.ToString(CultureInfo.InvariantCulture)}" : " PR build";
        }

        return labels.Platform is null ? title : $"{title} ({labels.Platform})";
    }

    /// <summary>An export's page found by its raw name (and ELF version): <c>/artifacts/{id}/symbol?name=...</c> redirects there.</summary>
    public static string SymbolHref(long artifactId, string name, string? version = null) =>
        $"/artifacts/{artifactId.ToString(CultureInfo.InvariantCulture)}/symbol?name={Uri.EscapeDataString(name)}" + (version is null ? "" : "&version=" + Uri.EscapeDataString(version));

    /// <summary>The page of an artifact.</summary>
    public static string ArtifactHref(long id) => "/artifacts/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page of one export.</summary>
    public static string ExportHref(long artifactId, int exportId) =>
        ArtifactHref(artifactId) + "/exports/" + exportId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page of a library label.</summary>
    public static string LibraryHref(string name) => "/libraries/" + Uri.EscapeDataString(name);

    /// <summary>The layout page of one type of an artifact's ABI surface (type ids hold spaces, stars and parentheses: a query value).</summary>
    public static string TypeHref(long artifactId, string typeId, string? member = null) =>
        ArtifactHref(artifactId) + "/types?id=" + Uri.EscapeDataString(typeId) + MemberQuery(member);

    /// <summary><c>&amp;member=…</c> for a slice or archive member, or nothing for the top-level file.</summary>
    public static string MemberQuery(string? member) => member is null ? "" : "&member=" + Uri.EscapeDataString(member);

    /// <summary>The diff page of two artifacts.</summary>
    public static string DiffHref(long baseId, long headId) =>
        string.Create(CultureInfo.InvariantCulture, $"/diff?base={baseId}&head={headId}");
}
