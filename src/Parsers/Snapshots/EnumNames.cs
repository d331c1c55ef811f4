using System.Reflection;
using System.Text.Json.Serialization;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// The JSON spelling of snapshot enum values (<c>shared-library</c>, <c>function</c>), cached per
/// type so that text output, the database and the UI use the same words as the JSON contract.
/// </summary>
public static class EnumNames
{
    public static string Of<T>(T value)
        where T : struct, Enum
        => Cache<T>.Names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var pair in Cache<T>.Names)
        {
            if (string.Equals(pair.Value, text, StringComparison.OrdinalIgnoreCase))
            {
                value = pair.Key;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// The spelling of one enum member, as <c>JsonStringEnumConverter</c> writes it here: its
    /// <c>[JsonStringEnumMemberName]</c>, else its name in lower case. The JSON writer's tables use it too.
    /// </summary>
    internal static string NameOf(FieldInfo field)
        => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name.ToLowerInvariant();

    private static class Cache<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Build();

        private static Dictionary<T, string> Build()
        {
            var result = new Dictionary<T, string>();
            foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = (T)field.GetValue(null)!;
                result[value] = NameOf(field);
            }

            return result;
        }
    }
}
