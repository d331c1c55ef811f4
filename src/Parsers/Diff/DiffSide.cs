using System.Text.Json.Serialization;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>Which file one side of a diff was.</summary>
/// <param name="File">File name.</param>
/// <param name="Format">Container format.</param>
/// <param name="Arch">Architecture.</param>
/// <param name="Name">SONAME, install name or DLL name.</param>
/// <param name="Evidence">What the side's ABI was read from: <c>symbols only</c> or <c>symbols + debug info (DWARF 5, 3 units)</c> (<see cref="AbiEvidenceText"/>).</param>
public sealed record DiffSide(
    string File,
    BinaryFormat Format,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Arch,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Evidence = null)
{
    /// <summary>Describes a snapshot.</summary>
    public static DiffSide Of(Snapshot snapshot) => new(snapshot.File.Name, snapshot.Format, snapshot.Arch, snapshot.Identity.Name, AbiEvidenceText.Of(snapshot));
}
