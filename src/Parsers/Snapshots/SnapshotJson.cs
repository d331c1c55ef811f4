using System.Buffers;
using System.Text;
using System.Text.Json;
using AbiPortal.Parsers.Snapshots.Json;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>Reads and writes the snapshot JSON contract (docs/snapshot.md).</summary>
public static class SnapshotJson
{
    /// <summary>Validation is off: the hand-written writer emits a fixed shape, which the tests check against the schema.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    /// <summary>One line of JSON, as <c>abiportal inspect --json</c> prints it.</summary>
    public static string Serialize(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            SnapshotJsonWriter.Write(writer, snapshot);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the JSON as UTF-8 to <paramref name="stream"/> in 64 KiB pieces, never holding the whole document.</summary>
    public static void Serialize(Stream stream, Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        SnapshotJsonWriter.Write(writer, snapshot);
    }

    /// <summary>Writes the snapshot as one JSON value into <paramref name="writer"/> (for embedding it in a larger document).</summary>
    public static void Serialize(Utf8JsonWriter writer, Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(snapshot);
        SnapshotJsonWriter.Write(writer, snapshot);
        writer.Flush();
    }

    /// <summary>
    /// Parses snapshot JSON; throws <see cref="JsonException"/> when it is not a snapshot. Every
    /// list of the result (and of its members) is non-null: <c>null</c> or absent reads as empty.
    /// </summary>
    public static Snapshot Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SnapshotJsonReader.Read(Encoding.UTF8.GetBytes(json));
    }

    /// <inheritdoc cref="Deserialize(string)"/>
    public static Snapshot Deserialize(ReadOnlySpan<byte> utf8) => SnapshotJsonReader.Read(utf8);

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
