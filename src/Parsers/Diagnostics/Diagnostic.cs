namespace AbiPortal.Parsers.Diagnostics;

/// <summary>One problem found in an input: what (code), how bad, where (file offset) and a message for people.</summary>
/// <param name="Code">Stable code; assert on this, not on the message.</param>
/// <param name="Severity">Error when a structure could not be read at all; warning when parsing went on.</param>
/// <param name="Offset">File offset of the offending bytes, relative to the file (or member) being read; null when not tied to one place.</param>
/// <param name="Message">Human-readable explanation.</param>
public sealed record Diagnostic(DiagnosticCode Code, DiagnosticSeverity Severity, long? Offset, string Message)
{
    public override string ToString()
        => Offset is { } o ? $"{Code} {Severity.ToString().ToLowerInvariant()} at 0x{o:x}: {Message}" : $"{Code} {Severity.ToString().ToLowerInvariant()}: {Message}";
}
