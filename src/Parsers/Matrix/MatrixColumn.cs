using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Matrix;

/// <summary>One platform build: a column of the matrix.</summary>
/// <param name="Label">The platform label (the upload's <c>platform</c>, or <c>os-arch</c> read from the binary).</param>
/// <param name="Os">Operating system read from the binary: <c>linux</c>, <c>windows</c>, <c>macos</c>, ...</param>
/// <param name="Arch">Architecture read from the binary.</param>
/// <param name="Format">Container format (<c>elf</c>, <c>pe</c>, <c>macho</c>, <c>archive</c>, ...).</param>
/// <param name="File">The file's name.</param>
public sealed record MatrixColumn(string Label, string? Os, string? Arch, string? Format, string File)
{
    /// <summary>The stored artifact (server); null for local files.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ArtifactId { get; init; }

    /// <summary>The slice of a universal file this column reads, when it is one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Member { get; init; }
}
