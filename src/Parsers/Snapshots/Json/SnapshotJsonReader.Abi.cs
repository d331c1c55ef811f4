using System.Text.Json;
using A = AbiPortal.Parsers.Snapshots.Json.AbiJsonNames;
using N = AbiPortal.Parsers.Snapshots.Json.SnapshotJsonNames;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// The <c>abi</c> section. A surface names every type by its id wherever it is used (a field, a
/// parameter, a pointer's target), so the same few thousand id strings occur hundreds of
/// thousands of times in a large library's JSON: <see cref="AbiReader"/> reads them through one
/// pool per section, and each distinct id is one string in memory.
/// </summary>
internal static partial class SnapshotJsonReader
{
    private static AbiSurface? NextAbi(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartObject(ref reader);
        var abi = new AbiReader();
        AbiEvidence? evidence = null;
        IReadOnlyList<AbiFunction> functions = [];
        IReadOnlyList<AbiVariable> variables = [];
        IReadOnlyList<AbiType> types = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(A.Evidence.EncodedUtf8Bytes)) { evidence = NextEvidence(ref reader); }
            else if (reader.ValueTextEquals(A.Functions.EncodedUtf8Bytes)) { functions = NextList(ref reader, abi.ReadFunction); }
            else if (reader.ValueTextEquals(A.Variables.EncodedUtf8Bytes)) { variables = NextList(ref reader, abi.ReadVariable); }
            else if (reader.ValueTextEquals(A.Types.EncodedUtf8Bytes)) { types = NextList(ref reader, abi.ReadType); }
            else { SkipValue(ref reader); }
        }

        // "evidence" is required by the model, as for the generated deserializer.
        return new AbiSurface
        {
            Evidence = evidence ?? throw new JsonException("The \"abi\" section has no \"evidence\"."),
            Functions = functions,
            Variables = variables,
            Types = types,
        };
    }

    private static AbiEvidence? NextEvidence(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStartObject(ref reader);
        var evidence = new AbiEvidence();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(N.Format.EncodedUtf8Bytes)) { evidence = evidence with { Format = Required(NextString(ref reader), "evidence", "format") }; }
            else if (reader.ValueTextEquals(A.MinVersion.EncodedUtf8Bytes)) { evidence = evidence with { MinVersion = NextInt32(ref reader) }; }
            else if (reader.ValueTextEquals(A.MaxVersion.EncodedUtf8Bytes)) { evidence = evidence with { MaxVersion = NextInt32(ref reader) }; }
            else if (reader.ValueTextEquals(A.Units.EncodedUtf8Bytes)) { evidence = evidence with { Units = NextInt32(ref reader) }; }
            else if (reader.ValueTextEquals(A.Source.EncodedUtf8Bytes)) { evidence = evidence with { Source = Required(NextString(ref reader), "evidence", "source") }; }
            else if (reader.ValueTextEquals(A.DebugFile.EncodedUtf8Bytes)) { evidence = evidence with { DebugFile = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(A.SupplementaryFile.EncodedUtf8Bytes)) { evidence = evidence with { SupplementaryFile = NextString(ref reader) }; }
            else if (reader.ValueTextEquals(A.Partial.EncodedUtf8Bytes)) { evidence = evidence with { Partial = NextBoolean(ref reader) }; }
            else { SkipValue(ref reader); }
        }

        return evidence;
    }

    /// <summary>
    /// A value the model declares non-null: absent or <c>null</c> is not a snapshot (stricter than
    /// the generated deserializer, which would leave a null where the model promises a string).
    /// </summary>
    private static string Required(string? value, string owner, string property)
        => value ?? throw new JsonException($"An \"{owner}\" of the \"abi\" section has no \"{property}\".");
}
