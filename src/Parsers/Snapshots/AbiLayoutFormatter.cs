using System.Globalization;
using System.Text;
using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Snapshots;

/// <summary>
/// A type's layout as pahole prints it (<c>abiportal inspect --type 'struct Point' FILE</c>): each
/// member with its offset and size (a bit-field with its storage unit's offset, the bit within
/// it and the unit's size), holes and tail padding, base classes, anonymous members expanded in
/// place and the vtable's slots; enums with their values, typedefs with what they name.
/// </summary>
public static class AbiLayoutFormatter
{
    /// <summary>
    /// The types <paramref name="pattern"/> names: an id or name (<c>struct Point</c>), a name
    /// without its keyword (<c>Point</c>, <c>shapes::Circle</c>), or a glob over ids and names
    /// (<c>struct *</c>); in id order.
    /// </summary>
    public static IReadOnlyList<AbiType> Find(AbiSurface surface, string pattern)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(pattern);
        var exact = surface.Types.Where(t => t.Id == pattern || t.Name == pattern).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var bare = surface.Types.Where(t => IsNamed(t) && WithoutKeyword(t.Name) == pattern).ToList();
        if (bare.Count > 0 || pattern.IndexOfAny(['*', '?']) < 0)
        {
            return bare;
        }

        return surface.Types.Where(t => Glob.IsMatch(pattern, t.Id) || Glob.IsMatch(pattern, t.Name)).ToList();
    }

    /// <summary>The layout as text.</summary>
    public static string Format(AbiSurface surface, AbiType type)
    {
        var sb = new StringBuilder();
        using (var writer = new StringWriter(sb, CultureInfo.InvariantCulture))
        {
            Write(writer, surface, type);
        }

        return sb.ToString();
    }

    /// <summary>Writes the layout of <paramref name="type"/>, whose member types are looked up in <paramref name="surface"/>.</summary>
    public static void Write(TextWriter writer, AbiSurface surface, AbiType type)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(type);
        new AbiLayoutWriter(writer, new AbiTypeIndex(surface)).Write(type);
    }

    /// <summary>Struct, class, union and enum names start with their keyword; typedefs and base types do not.</summary>
    private static bool IsNamed(AbiType t) => t.Kind is AbiTypeKind.Struct or AbiTypeKind.Class or AbiTypeKind.Union or AbiTypeKind.Enum;

    private static string WithoutKeyword(string name)
    {
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && name[..space] is "struct" or "class" or "union" or "enum" ? name[(space + 1)..] : name;
    }
}
