using System.Text.Json;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// Token helpers. Each <c>NextX</c> is called with the reader on a property name, moves to its
/// value and returns it; a token of the wrong type throws (and <see cref="Read"/> turns that into
/// a <see cref="JsonException"/>).
/// </summary>
internal static partial class SnapshotJsonReader
{
    /// <summary>Reads one list element; the reader is on its first token and ends on its last.</summary>
    private delegate T ItemReader<out T>(ref Utf8JsonReader reader);

    private static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object, found {reader.TokenType} (byte {reader.TokenStartIndex}).");
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException($"Expected a property, found {reader.TokenType} (byte {reader.TokenStartIndex})."),
        };
    }

    /// <summary>Skips the value of a property this version does not know.</summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static string? NextString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
    }

    private static int NextInt32(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt32();
    }

    private static long NextInt64(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt64();
    }

    private static ulong NextUInt64(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetUInt64();
    }

    private static bool NextBoolean(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetBoolean();
    }

    private static int? NextNullableInt32(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
    }

    private static long? NextNullableInt64(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
    }

    private static uint? NextNullableUInt32(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetUInt32();
    }

    private static ulong? NextNullableUInt64(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetUInt64();
    }

    private static bool? NextNullableBoolean(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();
    }

    private static T NextEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        reader.Read();
        return JsonEnumText<T>.Read(ref reader);
    }

    private static T? NextNullableEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : JsonEnumText<T>.Read(ref reader);
    }

    /// <summary>A list the model declares non-null: <c>null</c> or an absent property reads as empty.</summary>
    private static IReadOnlyList<T> NextList<T>(ref Utf8JsonReader reader, ItemReader<T> item)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, found {reader.TokenType} (byte {reader.TokenStartIndex}).");
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(item(ref reader));
        }

        return list.Count == 0 ? [] : list;
    }

    /// <summary>A string list the model declares non-null (flags, parents).</summary>
    private static IReadOnlyList<string> NextStrings(ref Utf8JsonReader reader) => NextList(ref reader, ReadString);

    /// <summary>A string list whose absence means something (identity rpaths, required versions): null stays null.</summary>
    private static IReadOnlyList<string>? NextNullableStrings(ref Utf8JsonReader reader)
    {
        // Peek without consuming: NextList consumes the value itself.
        var copy = reader;
        copy.Read();
        return copy.TokenType == JsonTokenType.Null ? Consume(ref reader) : NextStrings(ref reader);

        static IReadOnlyList<string>? Consume(ref Utf8JsonReader reader)
        {
            reader.Read();
            return null;
        }
    }

    private static string ReadString(ref Utf8JsonReader reader)
        => reader.GetString() ?? throw new JsonException($"A list of strings holds null (byte {reader.TokenStartIndex}).");
}
