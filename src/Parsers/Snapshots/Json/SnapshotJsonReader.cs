using System.Text.Json;
using N = AbiPortal.Parsers.Snapshots.Json.SnapshotJsonNames;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// Reads the snapshot JSON contract (docs/snapshot.md) with a <see cref="Utf8JsonReader"/>.
/// Written by hand for two reasons: the metadata-driven deserializer spends most of a fresh
/// process's time JIT-compiling its converters (about 0.5 s per 20 MB snapshot), and it leaves
/// a list null when the JSON says <c>null</c> or omits it. Here every list of the model is
/// non-null (empty when absent), in members too, so consumers such as the diff need no repair.
/// Property names match exactly, as the generated serializer does; unknown properties are
/// skipped, so newer writers stay readable.
/// </summary>
internal static partial class SnapshotJsonReader
{
    public static Snapshot Read(ReadOnlySpan<byte> utf8)
    {
        // A UTF-8 byte order mark is not JSON; editors add one, and LooksLikeJson accepts it.
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8);
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("Snapshot JSON is empty.");
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException("Snapshot JSON was null.");
            }

            var snapshot = ReadSnapshot(ref reader);
            // Only white space may follow (the reader itself rejects a second value).
            if (reader.Read())
            {
                throw new JsonException($"Unexpected {reader.TokenType} after the snapshot.");
            }

            return snapshot;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            // A number out of range or a token of the wrong type: the same failure as malformed JSON for callers.
            throw new JsonException($"Not a snapshot: {ex.Message} (byte {reader.TokenStartIndex}).", ex);
        }
    }

    private static Snapshot ReadSnapshot(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        var result = new Snapshot { File = null! };
        SnapshotFile? file = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.SchemaVersion.EncodedUtf8Bytes))
            {
                result = result with { SchemaVersion = NextInt32(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Member.EncodedUtf8Bytes))
            {
                result = result with { Member = NextString(ref reader) };
            }
            else if (reader.ValueTextEquals(N.File.EncodedUtf8Bytes))
            {
                file = NextFile(ref reader);
            }
            else if (reader.ValueTextEquals(N.Format.EncodedUtf8Bytes))
            {
                result = result with { Format = NextEnum<BinaryFormat>(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Arch.EncodedUtf8Bytes))
            {
                result = result with { Arch = NextString(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Bits.EncodedUtf8Bytes))
            {
                result = result with { Bits = NextNullableInt32(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Endian.EncodedUtf8Bytes))
            {
                result = result with { Endian = NextNullableEnum<Endianness>(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Kind.EncodedUtf8Bytes))
            {
                result = result with { Kind = NextEnum<BinaryKind>(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Identity.EncodedUtf8Bytes))
            {
                result = result with { Identity = NextIdentity(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Hardening.EncodedUtf8Bytes))
            {
                result = result with { Hardening = NextHardening(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Dependencies.EncodedUtf8Bytes))
            {
                result = result with { Dependencies = NextList(ref reader, ReadDependency) };
            }
            else if (reader.ValueTextEquals(N.Exports.EncodedUtf8Bytes))
            {
                result = result with { Exports = NextList(ref reader, ReadExport) };
            }
            else if (reader.ValueTextEquals(N.Imports.EncodedUtf8Bytes))
            {
                result = result with { Imports = NextList(ref reader, ReadImport) };
            }
            else if (reader.ValueTextEquals(N.VersionNodes.EncodedUtf8Bytes))
            {
                result = result with { VersionNodes = NextList(ref reader, ReadVersionNode) };
            }
            else if (reader.ValueTextEquals(N.Members.EncodedUtf8Bytes))
            {
                result = result with { Members = NextList(ref reader, ReadSnapshot) };
            }
            else if (reader.ValueTextEquals(AbiJsonNames.Abi.EncodedUtf8Bytes))
            {
                result = result with { Abi = NextAbi(ref reader) };
            }
            else if (reader.ValueTextEquals(N.Diagnostics.EncodedUtf8Bytes))
            {
                result = result with { Diagnostics = NextList(ref reader, ReadDiagnostic) };
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        // "file" is required by the model (and by the generated deserializer).
        return result with { File = file ?? throw new JsonException("Snapshot JSON has no \"file\".") };
    }

    private static SnapshotFile? NextFile(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartObject(ref reader);
        string? name = null;
        long size = 0;
        string? sha256 = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Name.EncodedUtf8Bytes))
            {
                name = NextString(ref reader);
            }
            else if (reader.ValueTextEquals(N.Size.EncodedUtf8Bytes))
            {
                size = NextInt64(ref reader);
            }
            else if (reader.ValueTextEquals(N.Sha256.EncodedUtf8Bytes))
            {
                sha256 = NextString(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        // "name" is required by the model: the renderers and the diff print it for every snapshot and member.
        return new SnapshotFile(name ?? throw new JsonException($"A snapshot has no \"file.name\" (byte {reader.TokenStartIndex})."), size, sha256);
    }
}
