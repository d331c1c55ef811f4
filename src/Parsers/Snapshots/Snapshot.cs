using System.Text.Json.Serialization;
using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// What one binary exports and imports, and under which identity: the format-neutral model that
/// the server, the UI, the diff and the CLI all read. Immutable and safe to share. Its JSON form
/// (<see cref="SnapshotJson"/>) is a contract documented in docs/snapshot.md.
/// </summary>
public sealed record Snapshot
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>For archive members and fat slices: the member name or slice arch. Absent at top level.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Member { get; init; }

    public required SnapshotFile File { get; init; }

    public BinaryFormat Format { get; init; }

    /// <summary>Architecture in the common spelling: <c>x86_64</c>, <c>i386</c>, <c>aarch64</c> (ELF/PE), <c>arm64</c> (Mach-O), ...</summary>
    public string? Arch { get; init; }

    public int? Bits { get; init; }

    public Endianness? Endian { get; init; }

    public BinaryKind Kind { get; init; }

    public SnapshotIdentity Identity { get; init; } = SnapshotIdentity.Empty;

    /// <summary>Loader and hardening facts (RELRO, stack protector, executable stack, ...); null for formats that have none (objects, archives, fat files).</summary>
    public SnapshotHardening? Hardening { get; init; }

    public IReadOnlyList<SnapshotDependency> Dependencies { get; init; } = [];

    public IReadOnlyList<SnapshotExport> Exports { get; init; } = [];

    public IReadOnlyList<SnapshotImport> Imports { get; init; } = [];

    /// <summary>ELF version definitions.</summary>
    public IReadOnlyList<SnapshotVersionNode> VersionNodes { get; init; } = [];

    /// <summary>Archive members and fat slices, each a snapshot with <see cref="Member"/> set.</summary>
    public IReadOnlyList<Snapshot> Members { get; init; } = [];

    /// <summary>
    /// The type-level ABI read from debug info (DWARF); null when the binary carries none and no
    /// separate debug file was found, or when debug info was not asked for.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AbiSurface? Abi { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>
    /// True when a cap of <see cref="ParseLimits"/> stopped reading, so rows, members or
    /// diagnostics are missing: the top-level diagnostics then end with GEN0009 (see docs/snapshot.md).
    /// </summary>
    [JsonIgnore]
    public bool IsPartial => Diagnostics.Any(d => d.Code == DiagnosticCodes.PartialSnapshot);

    /// <summary>True when some diagnostic here or in a member is an error.</summary>
    [JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || Members.Any(m => m.HasErrors);
}
