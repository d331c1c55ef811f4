using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Server.Data.Entities;

/// <summary>One reader diagnostic. Key (ArtifactId, Id).</summary>
public sealed class DiagnosticEntity
{
    public long ArtifactId { get; set; }

    public int Id { get; set; }

    /// <summary>Stable code text, e.g. <c>ELF1203</c>.</summary>
    public required string Code { get; set; }

    public DiagnosticSeverity Severity { get; set; }

    public long? Offset { get; set; }

    public required string Message { get; set; }

    public string? Member { get; set; }
}
