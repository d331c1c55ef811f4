using System.Text.Json;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>Reads and writes the snapshot JSON contract (docs/snapshot.md).</summary>
public static class SnapshotJson
{
    /// <summary>One line of JSON, as <c>abiportal inspect --json</c> prints it.</summary>
    public static string Serialize(Snapshot snapshot) => JsonSerializer.Serialize(snapshot, SnapshotJsonContext.Default.Snapshot);

    public static void Serialize(Stream stream, Snapshot snapshot) => JsonSerializer.Serialize(stream, snapshot, SnapshotJsonContext.Default.Snapshot);

    public static void Serialize(Utf8JsonWriter writer, Snapshot snapshot) => JsonSerializer.Serialize(writer, snapshot, SnapshotJsonContext.Default.Snapshot);

    /// <summary>Parses snapshot JSON; throws <see cref="JsonException"/> when it is not a snapshot.</summary>
    public static Snapshot Deserialize(string json)
        => JsonSerializer.Deserialize(json, SnapshotJsonContext.Default.Snapshot) ?? throw new JsonException("Snapshot JSON was null.");

    public static Snapshot Deserialize(ReadOnlySpan<byte> utf8)
        => JsonSerializer.Deserialize(utf8, SnapshotJsonContext.Default.Snapshot) ?? throw new JsonException("Snapshot JSON was null.");

    /// <summary>Whether these bytes look like snapshot JSON rather than a binary (a '{' after optional white space).</summary>
    public static bool LooksLikeJson(ReadOnlySpan<byte> data)
    {
        foreach (byte b in data)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }
}
