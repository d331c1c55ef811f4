using AbiPortal.Server.Data.Entities;

namespace AbiPortal.Server.Parsing;

/// <summary>A snapshot flattened into table rows (members' rows included, each naming its member).</summary>
public sealed class SnapshotRows
{
    public List<ExportEntity> Exports { get; } = [];

    public List<ImportEntity> Imports { get; } = [];

    public List<DependencyEntity> Dependencies { get; } = [];

    public List<VersionNodeEntity> VersionNodes { get; } = [];

    public List<DiagnosticEntity> Diagnostics { get; } = [];

    public List<MemberEntity> Members { get; } = [];

    /// <summary>Diagnostics of severity error.</summary>
    public int ErrorCount { get; set; }
}
