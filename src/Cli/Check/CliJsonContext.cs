using System.Text.Json.Serialization;

namespace AbiPortal.Cli.Check;

/// <summary>Source-generated JSON for the CLI's HTTP conversations (no reflection at start-up).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(List<GitHubComment>))]
[JsonSerializable(typeof(GitHubCommentBody))]
[JsonSerializable(typeof(GitHubComment))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}
