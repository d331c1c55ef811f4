using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Lint;

/// <summary>What a lint could read, so a clean report says what it checked: "symbols + code (412 functions) + debug info (DWARF 5, 3 units) + unwind tables".</summary>
public sealed record LintCoverage
{
    /// <summary>Exports read.</summary>
    public int Exports { get; init; }

    /// <summary>The x86-64 convention the code rules used: <c>sysv</c>, <c>windows</c>; null when the code rules did not run.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CallingConvention { get; init; }

    /// <summary>Exported functions decoded.</summary>
    public int Functions { get; init; }

    /// <summary>Instructions decoded.</summary>
    public long Instructions { get; init; }

    /// <summary>The debug info the type rules read ("DWARF 5, 3 units"); null when there was none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DebugInfo { get; init; }

    /// <summary>FDEs read from <c>.eh_frame</c>.</summary>
    public int UnwindEntries { get; init; }

    /// <summary>Rules that ran.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>Rules that could not run, each with why ("no debug info").</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>What budgets cut short.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
