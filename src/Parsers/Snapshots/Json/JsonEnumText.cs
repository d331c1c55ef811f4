using System.Text.Json;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// The contract spelling of each value of a snapshot enum, pre-encoded once per type, so that
/// 44,000 exports write their <c>kind</c> and <c>binding</c> without a lookup by string.
/// </summary>
internal static class JsonEnumText<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, JsonEncodedText> Encoded = Build();

    private static readonly KeyValuePair<T, JsonEncodedText>[] Members = [.. Encoded];

    /// <summary>Writes the value as <c>JsonStringEnumConverter</c> does: its member name, or its number when the value is not a declared member.</summary>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, T value)
    {
        if (Encoded.TryGetValue(value, out var text))
        {
            writer.WriteString(property, text);
        }
        else
        {
            writer.WriteNumber(property, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reads a member name (exact spelling, as the contract writes it) or a number.</summary>
    public static T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return (T)Enum.ToObject(typeof(T), reader.GetInt64());
        }

        // A handful of names per enum: comparing the UTF-8 in place allocates nothing.
        foreach (var member in Members)
        {
            if (reader.ValueTextEquals(member.Value.EncodedUtf8Bytes))
            {
                return member.Key;
            }
        }

        // JsonStringEnumConverter also accepts other letter cases.
        string? text = reader.GetString();
        if (EnumNames.TryParse(text, out T value))
        {
            return value;
        }

        throw new JsonException($"'{text}' is not a {typeof(T).Name} value.");
    }

    private static Dictionary<T, JsonEncodedText> Build()
    {
        var result = new Dictionary<T, JsonEncodedText>();
        foreach (var value in Enum.GetValues<T>())
        {
            result[value] = JsonEncodedText.Encode(EnumNames.Of(value));
        }

        return result;
    }
}
