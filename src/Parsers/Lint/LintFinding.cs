using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Lint;

/// <summary>One finding: which rule, where (symbol, address, signature) and why.</summary>
public sealed record LintFinding
{
    /// <summary>The rule's stable id (<see cref="LintRuleInfo.Id"/>).</summary>
    public required string Rule { get; init; }

    public LintLevel Level { get; init; }

    /// <summary>The export the finding is about, raw; null for a finding about the whole file.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Symbol { get; init; }

    /// <summary>Its demangled name, when mangled.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Demangled { get; init; }

    /// <summary>Where: the instruction at fault for code rules, else the export's address.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ulong? Address { get; init; }

    /// <summary>The C-like declaration from the debug info, when known (<c>int thing_sum(struct pair p)</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Signature { get; init; }

    /// <summary>Code rules: the instruction at fault, in Intel syntax (<c>mov ebx,7Bh</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Instruction { get; init; }

    /// <summary>The reason, specific to this finding.</summary>
    public required string Message { get; init; }

    /// <summary>Other symbols that share the finding (a group: bundled zlib names, re-exported std:: instantiations).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>Archive member or fat slice, when the file has several.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Member { get; init; }

    /// <summary>Marked by a suppression entry: shown, not counted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Suppressed { get; init; }

    /// <summary>The suppression entry's reason.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>A key that identifies the finding across builds (rule, symbol, member; not the address), for "new in this version".</summary>
    [JsonIgnore]
    public string Key => $"{Rule}\u0001{Member}\u0001{Symbol ?? Message}";
}
