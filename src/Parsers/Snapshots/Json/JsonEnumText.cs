using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>
/// The contract spelling of each value of a snapshot enum (its <c>[JsonStringEnumMemberName]</c>),
/// pre-encoded once per type in an array indexed by the value, so that 44,000 exports write their
/// <c>kind</c> and <c>binding</c> without a lookup. Arrays rather than a dictionary also because a
/// dictionary keyed by an enum is a generic instantiation that ReadyToRun leaves to the JIT: it
/// cost ~160 methods JIT-compiled at every start of <c>inspect --json</c>.
/// </summary>
internal static class JsonEnumText<T>
    where T : struct, Enum
{
    /// <summary>Indexed by the value; default (empty) for numbers that name no member.</summary>
    private static readonly JsonEncodedText[] Encoded = Build();

    /// <summary>Writes the value as <c>JsonStringEnumConverter</c> does: its member name, or its number when the value is not a declared member.</summary>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText property, T value)
    {
        int index = ToInt32(value);
        if ((uint)index < (uint)Encoded.Length && Encoded[index].EncodedUtf8Bytes.Length > 0)
        {
            writer.WriteString(property, Encoded[index]);
        }
        else
        {
            writer.WriteNumber(property, index);
        }
    }

    /// <summary>Reads a member name (as the contract writes it, or in another letter case) or a number.</summary>
    public static T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            int number = reader.GetInt32();
            return Unsafe.As<int, T>(ref number);
        }

        // A handful of names per enum: comparing the UTF-8 in place allocates nothing.
        for (int i = 0; i < Encoded.Length; i++)
        {
            if (Encoded[i].EncodedUtf8Bytes.Length > 0 && reader.ValueTextEquals(Encoded[i].EncodedUtf8Bytes))
            {
                return Unsafe.As<int, T>(ref i);
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

    /// <summary>Every snapshot enum is an <c>int</c> enum numbered from 0 (checked in <see cref="Build"/>).</summary>
    private static int ToInt32(T value) => Unsafe.As<T, int>(ref value);

    private static JsonEncodedText[] Build()
    {
        if (Enum.GetUnderlyingType(typeof(T)) != typeof(int))
        {
            throw new InvalidOperationException($"{typeof(T).Name} is not an int enum.");
        }

        var fields = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static);
        int length = fields.Length == 0 ? 0 : fields.Max(f => (int)f.GetValue(null)!) + 1;
        if (length > 64 || fields.Any(f => (int)f.GetValue(null)! < 0))
        {
            throw new InvalidOperationException($"{typeof(T).Name} is not numbered from 0.");
        }

        var result = new JsonEncodedText[length];
        foreach (var field in fields)
        {
            // EnumNames' spelling, without its dictionary keyed by T (see the class comment).
            result[(int)field.GetValue(null)!] = JsonEncodedText.Encode(EnumNames.NameOf(field));
        }

        return result;
    }
}
