namespace AbiPortal.Client.Contracts;

/// <summary>One stored upload as lists show it.</summary>
/// <param name="Id">Artifact id (the same bytes always get the same id).</param>
/// <param name="FileName">The name the file was uploaded under (display only; storage is by hash).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="Labels">Library, version, platform and channel labels.</param>
/// <param name="Status">Parse status.</param>
/// <param name="Format">Snapshot format name (<c>elf</c>, <c>pe</c>, <c>macho</c>, ...) once parsed; before that, the sniffed format.</param>
/// <param name="Arch">Architecture (<c>x86_64</c>, <c>aarch64</c>, ...), once parsed.</param>
/// <param name="Bits">32 or 64, once parsed.</param>
/// <param name="Kind">Snapshot kind name (<c>shared-library</c>, ...), once parsed.</param>
/// <param name="IdentityName">DT_SONAME, install name or DLL name, once parsed.</param>
/// <param name="ExportCount">Exports, members included.</param>
/// <param name="ImportCount">Imports, members included.</param>
/// <param name="DiagnosticCount">Diagnostics, members included.</param>
/// <param name="ErrorCount">Diagnostics of severity error.</param>
/// <param name="UploadedAt">When the bytes were first stored.</param>
/// <param name="ParsedAt">When parsing finished (ready or failed).</param>
public sealed record ArtifactSummary(
    long Id,
    string FileName,
    long Size,
    string Sha256,
    ArtifactLabels Labels,
    ArtifactStatus Status,
    string? Format,
    string? Arch,
    int? Bits,
    string? Kind,
    string? IdentityName,
    int ExportCount,
    int ImportCount,
    int DiagnosticCount,
    int ErrorCount,
    DateTimeOffset UploadedAt,
    DateTimeOffset? ParsedAt);
