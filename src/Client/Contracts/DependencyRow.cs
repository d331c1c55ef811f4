namespace AbiPortal.Client.Contracts;

/// <summary>A library the artifact (or one of its members) needs.</summary>
/// <param name="Name">As written in the file (DT_NEEDED, DLL name, install name).</param>
/// <param name="Kind">Dependency kind name (<c>needed</c>, <c>delay</c>, <c>weak</c>, <c>reexport</c>, ...).</param>
/// <param name="RequiredVersions">ELF version names required from it (.gnu.version_r).</param>
/// <param name="CurrentVersion">Mach-O current version recorded at link time.</param>
/// <param name="CompatibilityVersion">Mach-O compatibility version recorded at link time.</param>
/// <param name="Member">The member that needs it; null at top level.</param>
public sealed record DependencyRow(
    string Name,
    string Kind,
    IReadOnlyList<string> RequiredVersions,
    string? CurrentVersion,
    string? CompatibilityVersion,
    string? Member);
