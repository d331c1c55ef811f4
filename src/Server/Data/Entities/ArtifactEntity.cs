using AbiPortal.Client.Contracts;

namespace AbiPortal.Server.Data.Entities;

/// <summary>An uploaded file and its parse job: the queue lives on this row (status, attempts, lease).</summary>
public sealed class ArtifactEntity
{
    public long Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the bytes; unique (content addressing and dedupe).</summary>
    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    public long Size { get; set; }

    /// <summary>The format sniffed from the first bytes at upload time.</summary>
    public required string DetectedFormat { get; set; }

    public string? Library { get; set; }

    public string? Version { get; set; }

    public string? Platform { get; set; }

    public string? Channel { get; set; }

    public int? PullRequest { get; set; }

    public string? Commit { get; set; }

    public ArtifactStatus Status { get; set; }

    /// <summary>How many times a worker claimed the job.</summary>
    public int Attempts { get; set; }

    /// <summary>The worker holding the job while parsing.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Unix milliseconds after which a <c>parsing</c> claim counts as abandoned (its worker died).</summary>
    public long? LeaseExpiresAt { get; set; }

    public DateTime UploadedAt { get; set; }

    public DateTime? ParsedAt { get; set; }

    /// <summary>Why the job failed (exception or timeout); reader problems are diagnostics.</summary>
    public string? Error { get; set; }

    public string? Format { get; set; }

    public string? Arch { get; set; }

    public int? Bits { get; set; }

    public string? Endian { get; set; }

    public string? Kind { get; set; }

    public string? IdentityName { get; set; }

    /// <summary>The snapshot's identity record as JSON (read whole; never queried by field).</summary>
    public string? IdentityJson { get; set; }

    public bool? HasSymbolTable { get; set; }

    public int ExportCount { get; set; }

    public int ImportCount { get; set; }

    public int DiagnosticCount { get; set; }

    public int ErrorCount { get; set; }

    public int MemberCount { get; set; }
}
