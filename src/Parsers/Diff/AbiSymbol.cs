using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>One symbol of a grouped change (the symbols of a renamed version node).</summary>
/// <param name="Name">Raw name as stored in the binary.</param>
/// <param name="Demangled">Demangled form, when the name is mangled.</param>
public sealed record AbiSymbol(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Demangled);
