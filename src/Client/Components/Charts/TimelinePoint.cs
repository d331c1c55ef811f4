namespace AbiPortal.Client.Components.Charts;

/// <summary>One version on a library's timeline chart.</summary>
/// <param name="Label">The version label shown under the axis (for example <c>1.2.0</c>).</param>
/// <param name="ExportCount">Number of exports in that version; the point's height.</param>
/// <param name="Verdict">
/// The diff verdict against the previous version in its JSON spelling (<c>none</c>,
/// <c>compatible</c>, <c>risk</c>, <c>api-break</c>, <c>incompatible</c>), or null for the first version or while unknown.
/// </param>
/// <param name="Href">Where the point links to (the artifact page), or null for no link.</param>
/// <param name="Incompatible">Incompatible changes against the previous version, when compared.</param>
/// <param name="Compatibility">
/// Backward compatibility with the previous version in percent (ABI Tracker's measure, see
/// <c>LibraryVersion.Compatibility</c>), drawn as a bar under the point; null when not compared.
/// </param>
public sealed record TimelinePoint(string Label, long ExportCount, string? Verdict, string? Href, int? Incompatible = null, double? Compatibility = null);
