using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// One classified change between two snapshots. Immutable. Symbol changes carry the raw and
/// demangled name; grouped changes (a renamed version node) carry <see cref="Symbols"/>.
/// </summary>
public sealed record AbiChange
{
    /// <summary>What changed.</summary>
    public required ChangeKind Kind { get; init; }

    /// <summary>How much it matters to binaries built against the old version.</summary>
    public required ChangeSeverity Severity { get; init; }

    /// <summary>Raw symbol name (<c>#12</c> for a PE ordinal-only export); null for file-level changes.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Symbol { get; init; }

    /// <summary>Demangled form of <see cref="Symbol"/>, when it is a mangled name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Demangled { get; init; }

    /// <summary>ELF symbol version the change is about (the old one for removals).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Version { get; init; }

    /// <summary>The old value (version, size, ordinal, name, signature ...), as text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Before { get; init; }

    /// <summary>The new value, as text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? After { get; init; }

    /// <summary>
    /// More words on the change when its kind needs them: the distribution releases a newly
    /// required version excludes, why a search path looks like a build path, a vtable's slot count.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    /// <summary>
    /// Type changes: the id of the type that changed (<c>struct Point</c>); the change reaches the
    /// exports in <see cref="Symbols"/>, each with its path to the type.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    /// <summary>
    /// What in the type or function changed: a field, enumerator, base class or virtual method
    /// name, or a parameter (<c>parameter 1 `p`</c>).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Item { get; init; }

    /// <summary>For grouped changes: every symbol the change covers (for type changes, the exports it reaches, with their paths).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AbiSymbol>? Symbols { get; init; }

    /// <summary>Type changes: how many exports the change reaches; <see cref="Symbols"/> lists them all unless the diff is very large (docs/diff.md).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ExportCount { get; init; }

    /// <summary>Debug-info changes: why the change has its severity (<c>callers may allocate it: no export returns a struct Point *</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Rationale { get; init; }

    /// <summary>The archive member or fat slice (arch) this change is in; null at top level.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Member { get; init; }

    /// <summary>True when a suppression entry matched: shown, not counted in the verdict.</summary>
    public bool Suppressed { get; init; }

    /// <summary>The reason given by the suppression entry that matched.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>The name to show people: demangled when known, else raw.</summary>
    [JsonIgnore]
    public string? DisplayName => Demangled ?? Symbol;
}
