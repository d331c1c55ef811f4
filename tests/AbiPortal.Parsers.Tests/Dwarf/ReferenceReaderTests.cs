using System.Text.RegularExpressions;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Parsers.Tests.PE;

namespace AbiPortal.Parsers.Tests.Dwarf;

/// <summary>
/// The surface against the reference readers test.sh installs: pahole (dwarves) for struct
/// layouts, abidw (libabigail) for which exports have debug info. Where ours differs, it is the
/// more precise one, and the test names the case.
/// </summary>
public sealed partial class ReferenceReaderTests
{
    [Theory]
    [InlineData("libpoint-gcc5.so", "Point,Shape,Buffer,Flags")]
    [InlineData("libpoint-gcc2.so", "Point,Shape,Buffer,Flags")]
    [InlineData("libpoint-clang5.so", "Point,Shape,Buffer,Flags")]
    [InlineData("libpoint-dwarf64.so", "Point,Shape,Buffer,Flags")]
    [InlineData("libpoint-mips.so", "Point,Shape,Buffer,Flags")]
    [InlineData("point-i686.o", "Point,Shape,Buffer,Flags")]
    [InlineData("libshapes-gcc5.so", "Shape,Circle,Origin")]
    public void Struct_layouts_match_pahole(string fixture, string names)
    {
        var surface = DwarfFixtures.Surface(fixture);
        foreach (string name in names.Split(','))
        {
            var ours = surface.Types.Single(t => t.Kind is AbiTypeKind.Struct or AbiTypeKind.Class && (t.Id.EndsWith(" " + name, StringComparison.Ordinal) || t.Id.EndsWith("::" + name, StringComparison.Ordinal)));
            var (size, members) = Pahole(DwarfFixtures.Path(fixture), name);
            Assert.True(size == ours.Size, $"{fixture} {name}: pahole size {size}, ours {ours.Size}");
            // Bit-fields: pahole gives the storage unit's offset; ours the byte holding the first bit (compared by bit offset elsewhere).
            var expected = members.Where(m => !m.BitField).Select(m => $"{m.Name}@{m.Offset}");
            var actual = ours.Fields.Where(f => f.BitSize is null).Select(f => $"{f.Name ?? string.Empty}@{f.Offset}");
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData("libpoint-gcc5.so", "")]
    [InlineData("libpoint-clang5.so", "")]
    [InlineData("libpoint-gcc4.so", "")]
    [InlineData("libdwz-a.so", "")]
    // abidw 2.2 leaves out Circle's destructors (gcc emits them as clones of one abstract destructor); they are exported and have debug info.
    [InlineData("libshapes-gcc5.so", "_ZN6shapes6CircleD0Ev,_ZN6shapes6CircleD2Ev")]
    public void Exports_with_debug_info_match_abidw(string fixture, string onlyOurs)
    {
        var surface = DwarfFixtures.Surface(fixture);
        string xml = ExternalTool.Run("abidw", "--no-show-locs", DwarfFixtures.Path(fixture));
        var functions = DeclaredSymbols(xml, "function").ToHashSet();
        var variables = DeclaredSymbols(xml, "var").ToHashSet();
        var extra = onlyOurs.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(functions.Concat(extra).Order(StringComparer.Ordinal), surface.Functions.Select(f => f.Symbol).Order(StringComparer.Ordinal));
        Assert.Equal(variables.Order(StringComparer.Ordinal), surface.Variables.Select(v => v.Symbol).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_type_unit_llvm_dwarfdump_lists_is_counted()
    {
        string dump = ExternalTool.Run("llvm-dwarfdump", "--debug-info", "--debug-types", DwarfFixtures.Path("libshapes-clang4-types.so"));
        int units = UnitHeader().Matches(dump).Count;
        Assert.Equal(units, DwarfFixtures.Surface("libshapes-clang4-types.so").Evidence.Units);
    }

    private static IEnumerable<string> DeclaredSymbols(string xml, string kind)
        => Regex.Matches(xml, $"<{kind}-decl [^>]*elf-symbol-id='([^']*)'").Select(m => m.Groups[1].Value).Distinct();

    /// <summary>pahole -C NAME: the size and the direct members (one tab deep) with their offsets.</summary>
    private static (ulong Size, List<(string Name, ulong Offset, bool BitField)> Members) Pahole(string file, string name)
    {
        string text = ExternalTool.Run("pahole", "-C", name, file);
        var members = new List<(string, ulong, bool)>();
        ulong size = 0;
        foreach (string line in text.Split('\n'))
        {
            if (PaholeSize().Match(line) is { Success: true } s)
            {
                size = ulong.Parse(s.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            var m = PaholeMember().Match(line);
            if (!m.Success || line.Contains("<ancestor>", StringComparison.Ordinal))
            {
                continue;
            }

            string declaration = m.Groups[1].Value;
            var pointerToFunction = Regex.Match(declaration, @"\(\*+\s*([\w.$]+)\)");
            string cleaned = Regex.Replace(declaration, @"\[\d*\]|:\d+$", string.Empty);
            string member = pointerToFunction.Success ? pointerToFunction.Groups[1].Value
                : cleaned.TrimEnd().EndsWith('}') ? string.Empty
                : Regex.Match(cleaned, @"([\w.$]+)\s*$").Groups[1].Value;
            members.Add((member, ulong.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Success));
        }

        return (size, members);
    }

    [GeneratedRegex(@"^\t(?!\t)(.*?);\s*/\*\s*(\d+)(:\s*\d+)?\s+\d+\s*\*/")]
    private static partial Regex PaholeMember();

    [GeneratedRegex(@"/\* size: (\d+),")]
    private static partial Regex PaholeSize();

    [GeneratedRegex(@"(Compile|Type) Unit: length")]
    private static partial Regex UnitHeader();
}
