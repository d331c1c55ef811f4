using System.Linq.Expressions;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data.Entities;

namespace AbiPortal.Server.Queries;

/// <summary>Entity rows to API records. The API never hands out entities.</summary>
internal static class ArtifactMapping
{
    /// <summary>
    /// The summary as a projection EF Core runs in SQL: only these columns are read (never the
    /// identity JSON or the error text), and the record is built from them.
    /// </summary>
    public static readonly Expression<Func<ArtifactEntity, ArtifactSummary>> Summary = a => new ArtifactSummary(
        a.Id,
        a.FileName,
        a.Size,
        a.Sha256,
        new ArtifactLabels(a.Library, a.Version, a.Platform, a.Channel, a.PullRequest, a.Commit),
        a.Status,
        a.Format ?? a.DetectedFormat,
        a.Arch,
        a.Bits,
        a.Kind,
        a.IdentityName,
        a.ExportCount,
        a.ImportCount,
        a.DiagnosticCount,
        a.ErrorCount,
        AsUtc(a.UploadedAt),
        a.ParsedAt == null ? (DateTimeOffset?)null : AsUtc(a.ParsedAt.Value));

    private static readonly Func<ArtifactEntity, ArtifactSummary> SummaryOf = Summary.Compile();

    public static ArtifactSummary ToSummary(this ArtifactEntity a) => SummaryOf(a);

    /// <summary>How a diff names a stored artifact: as the engine names the snapshot it was read into.</summary>
    public static DiffSide ToDiffSide(this ArtifactSummary artifact)
        => new(artifact.FileName, EnumNames.TryParse<BinaryFormat>(artifact.Format, out var format) ? format : BinaryFormat.Unknown, artifact.Arch, artifact.IdentityName);

    public static ExportRow ToRow(this ExportEntity e) => new(
        e.Id,
        e.Name,
        e.Demangled,
        e.Version,
        e.DefaultVersion,
        EnumNames.Of(e.Kind),
        e.Binding is { } b ? EnumNames.Of(b) : null,
        e.Visibility is { } v ? EnumNames.Of(v) : null,
        e.Address is { } address ? unchecked((ulong)address) : null,
        e.Size is { } size ? unchecked((ulong)size) : null,
        e.Ordinal is { } ordinal ? (uint)ordinal : null,
        e.Forwarder,
        e.Section,
        e.Member,
        e.InSymbolTable,
        e.Library,
        e.ImportedName,
        SplitList(e.Flags));

    public static ImportRow ToRow(this ImportEntity i) => new(
        i.Id,
        i.Name,
        i.Demangled,
        i.Version,
        i.Library,
        EnumNames.Of(i.Kind),
        i.Binding is { } b ? EnumNames.Of(b) : null,
        i.Ordinal is { } ordinal ? (uint)ordinal : null,
        i.Hint is { } hint ? (uint)hint : null,
        i.Member,
        SplitList(i.Flags));

    /// <summary>Comma-joined lists as stored (flag and version words never contain commas).</summary>
    public static IReadOnlyList<string> SplitList(string? joined)
        => string.IsNullOrEmpty(joined) ? [] : joined.Split(',');

    public static string? JoinList(IReadOnlyList<string>? items)
        => items is null || items.Count == 0 ? null : string.Join(',', items);

    /// <summary>SQLite hands DateTime back as Unspecified; every stored time is UTC.</summary>
    public static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
