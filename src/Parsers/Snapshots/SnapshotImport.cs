using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>One symbol this binary needs from elsewhere.</summary>
public sealed record SnapshotImport
{
    /// <summary>Raw name; null for PE imports by ordinal.</summary>
    public string? Name { get; init; }

    /// <summary>ELF: required version name.</summary>
    public string? Version { get; init; }

    /// <summary>The library it comes from, when the file says so (ELF version needs, PE import directory, Mach-O two-level namespace).</summary>
    public string? Library { get; init; }

    public string? Demangled { get; init; }

    public SymbolKind Kind { get; init; }

    public SymbolBinding? Binding { get; init; }

    /// <summary>PE import by ordinal.</summary>
    public uint? Ordinal { get; init; }

    /// <summary>PE import-by-name hint.</summary>
    public uint? Hint { get; init; }

    /// <summary>
    /// COFF weak alias (flag <c>weak-alias</c>): the symbol this weak external resolves to when no
    /// other object defines it, defined in the same object. Absent otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Default { get; init; }

    /// <summary>Flags from <see cref="ExportFlags"/> (<c>weak-import</c>, <c>weak-alias</c>, <c>delay</c>, <c>data</c>).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
