using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Matrix;

/// <summary>How one platform build spells a name.</summary>
/// <param name="Name">The raw name as the binary stores it (<c>_tally_add</c>, <c>tally_add@12</c>, <c>?add@Counter@tally@@QEAAXH@Z</c>).</param>
/// <param name="Version">The ELF symbol version, when versioned.</param>
/// <param name="ExportId">The export's row id in the stored artifact (the server's export page); null for local files.</param>
public sealed record MatrixSpelling(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ExportId);
