using System.Text.Json;

namespace AbiPortal.Parsers.Snapshots.Json;

/// <summary>Nullable scalars: a value, or JSON <c>null</c> as the contract writes every absent field (only <c>member</c> is omitted).</summary>
internal static partial class SnapshotJsonWriter
{
    private static void WriteEnum<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            JsonEnumText<T>.Write(writer, name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } v)
        {
            writer.WriteBoolean(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, ulong? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>
    /// Also for <c>int?</c> and <c>uint?</c> values (bits, ordinals, PE timestamps), which widen to
    /// <c>long</c> without changing their digits: <see cref="Utf8JsonWriter"/>'s own <c>int</c>
    /// overload widens the same way.
    /// </summary>
    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
