namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// Names quoted in diagnostic messages, shortened: a name may be 64 KiB long and a thousand
/// diagnostics may quote it, which would make the messages cost more than the file.
/// </summary>
internal static class DiagnosticText
{
    /// <summary>Longest name quoted whole; longer ones keep their start and an ellipsis.</summary>
    public const int MaxQuoted = 120;

    /// <summary>Longest message kept (<see cref="DiagnosticBag"/> cuts longer ones).</summary>
    public const int MaxMessage = 1024;

    public static string Short(string? name)
        => name is null ? string.Empty : name.Length <= MaxQuoted ? name : string.Concat(name.AsSpan(0, MaxQuoted), "…");
}
