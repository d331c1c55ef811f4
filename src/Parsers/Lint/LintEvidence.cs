using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Lint;

/// <summary>What a rule reads to reach its finding; the words are a contract (docs/lint.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LintEvidence>))]
public enum LintEvidence
{
    /// <summary>The exported symbols, their versions and the file's identity.</summary>
    [JsonStringEnumMemberName("symbols")]
    Symbols,

    /// <summary>Machine code of exported functions, decoded along its control flow.</summary>
    [JsonStringEnumMemberName("code")]
    Code,

    /// <summary>Types from the debug info (<see cref="Snapshots.AbiSurface"/>).</summary>
    [JsonStringEnumMemberName("debug-info")]
    DebugInfo,

    /// <summary>Unwind tables: <c>.eh_frame</c> and the LSDA in <c>.gcc_except_table</c>.</summary>
    [JsonStringEnumMemberName("unwind-tables")]
    UnwindTables,
}
