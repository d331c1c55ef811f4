using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Dwarf;

/// <summary>
/// The ABI surface of point.c, built every way build.sh builds it: gcc and clang, DWARF 2, 4, 5
/// and 64-bit DWARF, compressed three ways, split, DWZ, relocatable objects (x86-64, i686 REL,
/// big-endian PowerPC64), big-endian MIPS, Mach-O object and dylib + dSYM. All must agree.
/// </summary>
public sealed class DwarfFixtureTests
{
    [Fact]
    public void Every_64_bit_build_of_point_c_has_the_same_surface()
    {
        var reference = DwarfFixtures.Surface("libpoint-gcc5.so");
        foreach (string name in DwarfFixtures.Point64)
        {
            // Strict DWARF 2 has no DW_AT_type on enumeration types.
            bool enumTargets = name != "libpoint-gcc2.so";
            string expected = DwarfFixtures.Digest(reference, enumTargets);
            if (name == "point-ppc64.o")
            {
                // Plain char is unsigned in the PowerPC psABI: a real ABI difference the surface shows.
                expected = expected.Replace("type char [Base] 'char' size=1 target= count= enc=signed-char", "type char [Base] 'char' size=1 target= count= enc=unsigned-char", StringComparison.Ordinal);
            }

            string actual = DwarfFixtures.Digest(DwarfFixtures.Surface(name), enumTargets);
            Assert.True(expected == actual, $"{name} differs from libpoint-gcc5.so:\n{FirstDifference(expected, actual)}");
        }
    }

    [Fact]
    public void The_32_bit_builds_agree_with_each_other_and_have_32_bit_layouts()
    {
        string expected = DwarfFixtures.Digest(DwarfFixtures.Surface(DwarfFixtures.Point32[0]));
        foreach (string name in DwarfFixtures.Point32)
        {
            var surface = DwarfFixtures.Surface(name);
            Assert.Equal(expected, DwarfFixtures.Digest(surface));
            Assert.Equal(4UL, surface.Type("ptr(struct Point)").Size);
            // i386 and MIPS o32: 4-byte pointers and long; the union holds a long, the struct ends with one.
            var shape = surface.Type("struct Shape");
            Assert.Equal(60UL, shape.Size);
            Assert.Equal([0UL, 4, 12, 20, 24, 28, 52, 56], shape.Fields.Select(f => f.Offset));
        }
    }

    [Fact]
    public void Functions_have_their_parameters_return_types_and_attributes()
    {
        var surface = DwarfFixtures.Surface("libpoint-gcc5.so");
        Assert.Equal(["buffer_len", "conj_of", "fail_hard", "get_x", "init_point", "next_color", "opaque_new", "shape_area", "sum_ints", "visit_points"],
            surface.Functions.Select(f => f.Symbol));

        var getX = surface.Function("get_x");
        Assert.Equal("int", getX.Return);
        Assert.Equal([new AbiParameter("p", "ptr(struct Point)")], getX.Parameters);
        Assert.Equal("point.c", getX.DeclFile);
        Assert.Equal(10, getX.DeclLine);

        var init = surface.Function("init_point");
        Assert.Null(init.Return);
        Assert.Equal(["p", "x", "y"], init.Parameters.Select(p => p.Name));

        Assert.True(surface.Function("sum_ints").Variadic);
        Assert.False(surface.Function("get_x").Variadic);
        Assert.True(surface.Function("fail_hard").NoReturn);
        Assert.Equal("typedef complex_t", surface.Function("conj_of").Return);
        Assert.Equal(["ptr(struct Point)", "unsigned int", "typedef visitor_fn", "ptr(void)"], surface.Function("visit_points").Parameters.Select(p => p.Type));
        Assert.Equal("ptr(struct Opaque)", surface.Function("opaque_new").Return);
        Assert.All(surface.Functions, f => Assert.NotNull(f.Address));
    }

    [Fact]
    public void Noreturn_is_read_where_the_producer_states_it()
    {
        // DW_AT_noreturn is DWARF 5 (gcc and clang also emit it in 4); strict DWARF 2 has no way to say it.
        foreach (string name in DwarfFixtures.Point64.Where(n => n != "libpoint-gcc2.so"))
        {
            Assert.True(DwarfFixtures.Surface(name).Function("fail_hard").NoReturn, name);
        }

        Assert.False(DwarfFixtures.Surface("libpoint-gcc2.so").Function("fail_hard").NoReturn);
    }

    [Fact]
    public void Variables_have_their_types_tls_included()
    {
        var surface = DwarfFixtures.Surface("libpoint-clang5.so");
        Assert.Equal(["corners:array(struct Point;4)", "origin:const(struct Point)", "point_count:int", "point_errno:int"],
            surface.Variables.Select(v => $"{v.Symbol}:{v.Type}"));
        var corners = surface.Type("array(struct Point;4)");
        Assert.Equal((AbiTypeKind.Array, 4UL, 32UL, "struct Point[4]"), (corners.Kind, corners.Count!.Value, corners.Size!.Value, corners.Name));
    }

    [Fact]
    public void Aggregates_have_sizes_offsets_and_bit_fields()
    {
        var surface = DwarfFixtures.Surface("libpoint-gcc4.so");
        var point = surface.Type("struct Point");
        Assert.Equal((AbiTypeKind.Struct, 8UL), (point.Kind, point.Size!.Value));
        Assert.Equal(["x:int@0", "y:int@4"], point.Fields.Select(f => $"{f.Name}:{f.Type}@{f.Offset}"));

        // ready:1, mode:3, level:4 share the first byte; tail follows.
        var flags = surface.Type("struct Flags");
        Assert.Equal(4UL, flags.Size);
        Assert.Equal(["ready@0/0/1", "mode@0/1/3", "level@0/4/4", "tail@1//"], flags.Fields.Select(f => $"{f.Name}@{f.Offset}/{f.BitOffset}/{f.BitSize}"));

        var shape = surface.Type("struct Shape");
        Assert.Equal(80UL, shape.Size);
        Assert.Equal(["color", "u", null, "name", "area", "matrix", "flags", "counter"], shape.Fields.Select(f => f.Name));
        Assert.Equal(["enum color", "union <struct Shape::u>", "struct <struct Shape::#3>", "ptr(const(char))", "ptr(fn(int;ptr(const(struct Shape)),int))", "array(array(float;3);2)", "struct Flags", "volatile(unsigned long)"],
            shape.Fields.Select(f => f.Type));

        var buffer = surface.Type("struct Buffer");
        var data = surface.Type(buffer.Fields[1].Type);
        Assert.Equal(("array(unsigned char;)", null, "unsigned char[]"), (data.Id, data.Count, data.Name));

        var opaque = surface.Type("struct Opaque");
        Assert.True(opaque.Declaration);
        Assert.Null(opaque.Size);
    }

    [Fact]
    public void Big_endian_bit_fields_count_from_the_most_significant_bit()
    {
        // On PowerPC64 the first declared bit-field takes the top bits: data_bit_offset is still
        // counted from the start of the struct, so offsets agree with little-endian targets.
        var surface = DwarfFixtures.Surface("point-ppc64.o");
        Assert.Equal(["ready@0/0/1", "mode@0/1/3", "level@0/4/4", "tail@1//"], surface.Type("struct Flags").Fields.Select(f => $"{f.Name}@{f.Offset}/{f.BitOffset}/{f.BitSize}"));
    }

    [Fact]
    public void Enums_have_underlying_types_sizes_and_signed_values()
    {
        var surface = DwarfFixtures.Surface("libpoint-gcc5.so");
        var color = surface.Type("enum color");
        Assert.Equal(["RED=0", "GREEN=5", "BLUE=-1"], color.Enumerators.Select(e => $"{e.Name}={e.Value}"));
        Assert.Equal(4UL, color.Size);
        var small = surface.Type("enum small");
        Assert.Equal((1UL, "unsigned char"), (small.Size!.Value, small.Target));
        Assert.Equal(["TINY=1", "HUGE=255"], small.Enumerators.Select(e => $"{e.Name}={e.Value}"));
    }

    [Fact]
    public void Derived_types_have_structural_ids_and_c_spellings()
    {
        var surface = DwarfFixtures.Surface("libpoint-clang5.so");
        Assert.Equal("const char *", surface.Type("ptr(const(char))").Name);
        Assert.Equal("int (*)(const struct Shape *, int)", surface.Type("ptr(fn(int;ptr(const(struct Shape)),int))").Name);
        Assert.Equal("float[2][3]", surface.Type("array(array(float;3);2)").Name);
        Assert.Equal(24UL, surface.Type("array(array(float;3);2)").Size);
        var visitor = surface.Type("typedef visitor_fn");
        Assert.Equal((AbiTypeKind.Typedef, "ptr(fn(int;ptr(struct Point),ptr(void)))"), (visitor.Kind, visitor.Target));
        var fn = surface.Type("fn(int;ptr(struct Point),ptr(void))");
        Assert.Equal(["ptr(struct Point)", "ptr(void)"], fn.Parameters);
        Assert.Equal("int", fn.Target);
        Assert.Equal(("unsigned", 4UL), (surface.Type("unsigned int").Encoding, surface.Type("unsigned int").Size!.Value));
        Assert.Equal("float", surface.Type("double").Encoding);
    }

    [Fact]
    public void Anonymous_types_are_named_by_typedef_or_holding_member_whatever_the_compiler()
    {
        foreach (string name in new[] { "libpoint-gcc5.so", "libpoint-clang5.so" })
        {
            var ids = DwarfFixtures.Surface(name).Types.Select(t => t.Id).Where(id => id.Contains('<')).ToArray();
            Assert.Equal(["struct <struct Shape::#3>", "struct <typedef complex_t>", "union <struct Shape::u>"], ids);
        }
    }

    [Fact]
    public void Definitions_from_several_units_are_merged_unless_they_disagree()
    {
        // odr-a.c and odr-c.c define struct Conflict alike, odr-b.c differently; odr-c.c only declares struct Later, odr-d.c defines it.
        var surface = DwarfFixtures.Surface("libodr.so");
        Assert.Equal("ptr(struct Conflict)", surface.Function("use_a").Parameters[0].Type);
        Assert.Equal("ptr(struct Conflict#2)", surface.Function("use_b").Parameters[0].Type);
        Assert.Equal("ptr(struct Conflict)", surface.Function("use_c").Parameters[0].Type);
        Assert.Equal((4UL, "struct Conflict"), (surface.Type("struct Conflict").Size!.Value, surface.Type("struct Conflict").Name));
        Assert.Equal(["a@0", "b@8"], surface.Type("struct Conflict#2").Fields.Select(f => $"{f.Name}@{f.Offset}"));
        var later = surface.Type("struct Later");
        Assert.Equal((false, 4UL), (later.Declaration, later.Size!.Value));
        Assert.Equal(surface.Function("take_later").Parameters[0].Type, surface.Function("fill_later").Parameters[0].Type);
    }

    [Fact]
    public void Evidence_says_where_the_debug_info_came_from()
    {
        Assert.Equal(("embedded", 5, 5, 1, false), Evidence("libpoint-gcc5.so"));
        Assert.Equal(("embedded", 2, 2, 1, false), Evidence("libpoint-gcc2.so"));
        Assert.Equal(("debuglink", 5, 5, 1, false), Evidence("libpoint-stripped.so"));
        Assert.Equal(("dsym", 4, 4, 1, false), Evidence("libpoint.dylib"));
        Assert.Equal("libpoint.debug", DwarfFixtures.Surface("libpoint-stripped.so").Evidence.DebugFile);
        Assert.Equal("libdwz-common.debug", DwarfFixtures.Surface("libdwz-a.so").Evidence.SupplementaryFile);
        // Type units count: one compile unit and five type units.
        Assert.Equal(6, DwarfFixtures.Surface("libshapes-clang4-types.so").Evidence.Units);
    }

    [Fact]
    public void Archive_members_carry_their_own_surfaces()
    {
        var archive = DwarfFixtures.Read("libpoint-objects.a");
        Assert.Null(archive.Abi);
        string expected = DwarfFixtures.Digest(DwarfFixtures.Surface("point-gcc.o"));
        Assert.Equal(2, archive.Members.Count);
        Assert.All(archive.Members, m => Assert.Equal(expected, DwarfFixtures.Digest(m.Abi!)));
    }

    [Fact]
    public void Mach_O_exports_keep_their_underscore_and_match_dwarf_names()
    {
        var surface = DwarfFixtures.Surface("point-macho.o");
        Assert.Contains(surface.Functions, f => f.Symbol == "_get_x" && f.Name == "get_x");
        Assert.Contains(surface.Variables, v => v.Symbol == "_point_count");
    }

    [Fact]
    public void Reading_debug_info_can_be_turned_off()
    {
        Assert.Null(DwarfFixtures.Read("libpoint-gcc5.so", DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.None }).Abi);
        // EmbeddedOnly does not follow the debuglink beside the stripped library.
        Assert.Null(DwarfFixtures.Read("libpoint-stripped.so", DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.EmbeddedOnly }).Abi);
    }

    private static (string, int, int, int, bool) Evidence(string name)
    {
        var e = DwarfFixtures.Surface(name).Evidence;
        return (e.Source, e.MinVersion, e.MaxVersion, e.Units, e.Partial);
    }

    private static string FirstDifference(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (int i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            string l = i < x.Length ? x[i] : "(end)";
            string r = i < y.Length ? y[i] : "(end)";
            if (l != r)
            {
                return $"expected: {l}\nactual:   {r}";
            }
        }

        return "(same)";
    }
}
