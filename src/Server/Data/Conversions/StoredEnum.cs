using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AbiPortal.Server.Data.Conversions;

/// <summary>
/// The fixed number each value of an enum is stored as. Written out value by value, never
/// <c>(int)value</c>: reordering or inserting a member in the C# enum must not change what rows
/// already in the database mean. A new member needs a new, unused number here (a test checks
/// every member has one and no number is used twice).
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class StoredEnum<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<T, int> codes;
    private readonly FrozenDictionary<int, T> values;

    /// <summary>Pins each value to its number.</summary>
    public StoredEnum(params (T Value, int Code)[] pins)
    {
        codes = pins.ToFrozenDictionary(p => p.Value, p => p.Code);
        values = pins.ToFrozenDictionary(p => p.Code, p => p.Value);
        Converter = new ValueConverter<T, int>(v => CodeOf(v), c => ValueOf(c));
    }

    /// <summary>Every pinned value and its number.</summary>
    public IReadOnlyDictionary<T, int> Codes => codes;

    /// <summary>EF Core's conversion for a property of this enum.</summary>
    public ValueConverter<T, int> Converter { get; }

    /// <summary>The stored number of a value.</summary>
    public int CodeOf(T value)
        => codes.TryGetValue(value, out int code) ? code : throw new InvalidOperationException($"{typeof(T).Name}.{value} has no stored number: pin one in StoredEnums.");

    /// <summary>The value a stored number stands for.</summary>
    public T ValueOf(int code)
        => values.TryGetValue(code, out var value) ? value : throw new InvalidOperationException($"Stored number {code} is no {typeof(T).Name} this server knows (written by a newer server?).");
}
