using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Diff;

/// <summary>One symbol of a grouped change (the symbols of a renamed version node, the exports a type change reaches).</summary>
/// <param name="Name">Raw name as stored in the binary.</param>
/// <param name="Demangled">Demangled form, when the name is mangled.</param>
/// <param name="Path">
/// Type changes: how the export reaches the changed type, from its signature
/// (<c>parameter 1 `struct Line *` → struct Line: field `a` → struct Point</c>).
/// </param>
public sealed record AbiSymbol(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Demangled,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Path = null);
