using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.SnapshotJsonTests;

/// <summary>
/// The pahole-like layouts of <c>inspect --type</c>, on types built as the DWARF reader gives them;
/// the expected text is what pahole 1.24 prints for the same C declarations (gcc 12, x86-64),
/// except where noted.
/// </summary>
public sealed class AbiLayoutFormatterTests
{
    /// <summary>
    /// <c>struct S { char c; double d; unsigned a:3, b:5; short s; char tail; struct Point p; int arr[3]; void (*cb)(int); };</c>
    /// </summary>
    private static (AbiSurface Surface, AbiType S) Holes()
    {
        var b = new AbiSurfaceBuilder();
        string i = b.Int(), c = b.Base("char", 1), d = b.Base("double", 8, "float"), u = b.Base("unsigned int", 4, "unsigned"), sh = b.Base("short int", 2);
        string point = b.Struct("Point", 8, ("x", i, 0), ("y", i, 4));
        string arr = b.Array(i, 3);
        string cb = b.Pointer(b.Add(new AbiType { Id = "fn(void;int)", Kind = AbiTypeKind.Function, Name = "void (int)", Parameters = [i] }));
        string s = b.Add(new AbiType
        {
            Id = "struct S", Kind = AbiTypeKind.Struct, Name = "struct S", Size = 56,
            Fields =
            [
                new AbiField { Name = "c", Type = c, Offset = 0 },
                new AbiField { Name = "d", Type = d, Offset = 8 },
                new AbiField { Name = "a", Type = u, Offset = 16, BitOffset = 128, BitSize = 3 },
                new AbiField { Name = "b", Type = u, Offset = 16, BitOffset = 131, BitSize = 5 },
                new AbiField { Name = "s", Type = sh, Offset = 18 },
                new AbiField { Name = "tail", Type = c, Offset = 20 },
                new AbiField { Name = "p", Type = point, Offset = 24 },
                new AbiField { Name = "arr", Type = arr, Offset = 32 },
                new AbiField { Name = "cb", Type = cb, Offset = 48 },
            ],
        });
        var surface = b.Build();
        return (surface, surface.Types.Single(t => t.Id == s));
    }

    [Fact]
    public void Holes_bit_fields_arrays_and_function_pointers_read_as_pahole_prints_them()
    {
        var (surface, s) = Holes();

        // pahole reports the byte after the bit-fields as "8 bits hole" (it reasons in the
        // bit-fields' 4-byte unit); a whole free byte reads as a byte hole here.
        const string Expected = "struct S {\n"
            + "\tchar                       c;                    /*     0     1 */\n"
            + "\n\t/* XXX 7 bytes hole, try to pack */\n\n"
            + "\tdouble                     d;                    /*     8     8 */\n"
            + "\tunsigned int               a:3;                  /*    16: 0  4 */\n"
            + "\tunsigned int               b:5;                  /*    16: 3  4 */\n"
            + "\n\t/* XXX 1 byte hole, try to pack */\n\n"
            + "\tshort int                  s;                    /*    18     2 */\n"
            + "\tchar                       tail;                 /*    20     1 */\n"
            + "\n\t/* XXX 3 bytes hole, try to pack */\n\n"
            + "\tstruct Point               p;                    /*    24     8 */\n"
            + "\tint                        arr[3];               /*    32    12 */\n"
            + "\n\t/* XXX 4 bytes hole, try to pack */\n\n"
            + "\tvoid                       (*cb)(int);           /*    48     8 */\n"
            + "\n\t/* size: 56, cachelines: 1, members: 9 */\n"
            + "\t/* sum members: 40, holes: 4, sum holes: 15 */\n"
            + "\t/* last cacheline: 56 bytes */\n"
            + "};\n";

        Assert.Equal(Expected, AbiLayoutFormatter.Format(surface, s));
    }

    [Fact]
    public void Bases_tail_padding_and_the_vtable_are_shown()
    {
        var b = new AbiSurfaceBuilder();
        string i = b.Int(), c = b.Base("char", 1);
        string vptr = b.Pointer(b.Pointer(b.Add(new AbiType { Id = "fn(int;)", Kind = AbiTypeKind.Function, Name = "int ()", Target = i })));
        string @base = b.Add(new AbiType
        {
            Id = "struct Base", Kind = AbiTypeKind.Struct, Name = "Base", Size = 16,
            Fields = [new AbiField { Name = "_vptr.Base", Type = vptr }, new AbiField { Name = "id", Type = i, Offset = 8 }],
            VirtualMethods = [new AbiVirtualMethod("~Base()", null, 0), new AbiVirtualMethod("area() const", "_ZNK4Base4areaEv", 2, Pure: true)],
        });
        var derived = new AbiType
        {
            Id = "struct Derived", Kind = AbiTypeKind.Struct, Name = "Derived", Size = 16,
            Bases = [new AbiBase(@base, 0, Access: "public")],
            // The Itanium ABI places z in Base's tail padding: no hole, no overlap reported.
            Fields = [new AbiField { Name = "z", Type = c, Offset = 12 }],
            VirtualMethods = [new AbiVirtualMethod("draw()", "_ZN7Derived4drawEv", 3)],
        };
        var surface = b.Build() with { Types = [.. b.Build().Types, derived] };

        string text = AbiLayoutFormatter.Format(surface, derived);

        Assert.StartsWith("Derived : public Base {\n\t/* Base <ancestor>; */", text, StringComparison.Ordinal);
        Assert.Contains("/*     0    16 */\n\tchar                       z;                    /*    12     1 */\n", text, StringComparison.Ordinal);
        Assert.Contains("\t/* vtable: 1 virtual method: {\n\t   [3] = draw()\n\t} */\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hole", text, StringComparison.Ordinal);
        Assert.DoesNotContain("padding", text, StringComparison.Ordinal);
        Assert.Contains("\t   [2] = area() const (pure)\n", AbiLayoutFormatter.Format(surface, surface.Types.Single(t => t.Id == @base)), StringComparison.Ordinal);
    }

    [Fact]
    public void Unions_anonymous_members_padding_enums_typedefs_and_declarations()
    {
        var b = new AbiSurfaceBuilder();
        string i = b.Int(), c = b.Base("char", 1), d = b.Base("double", 8, "float");
        string u = b.Add(new AbiType { Id = "union <struct V::(anonymous)>", Kind = AbiTypeKind.Union, Name = "union <anonymous>", Size = 8, Fields = [new AbiField { Name = "i", Type = i }, new AbiField { Name = "d", Type = d }] });
        string v = b.Add(new AbiType { Id = "struct V", Kind = AbiTypeKind.Struct, Name = "struct V", Size = 24, Fields = [new AbiField { Name = "tag", Type = c }, new AbiField { Type = u, Offset = 8 }, new AbiField { Name = "last", Type = c, Offset = 16 }] });
        string e = b.Enum("color", 8, ("RED", 0), ("BRIGHT_GREEN", 1), ("ALL", -1));
        string t = b.Typedef("v_t", v);
        b.Opaque("Handle");
        var surface = b.Build();
        AbiType Of(string id) => surface.Types.Single(x => x.Id == id);

        Assert.Equal(
            "struct V {\n"
            + "\tchar                       tag;                  /*     0     1 */\n"
            + "\n\t/* XXX 7 bytes hole, try to pack */\n\n"
            + "\tunion {\n"
            + "\t\tint                        i;                    /*     8     4 */\n"
            + "\t\tdouble                     d;                    /*     8     8 */\n"
            + "\t};                                               /*     8     8 */\n"
            + "\tchar                       last;                 /*    16     1 */\n"
            + "\n\t/* size: 24, cachelines: 1, members: 3 */\n"
            + "\t/* sum members: 10, holes: 1, sum holes: 7 */\n"
            + "\t/* padding: 7 */\n"
            + "\t/* last cacheline: 24 bytes */\n"
            + "};\n",
            AbiLayoutFormatter.Format(surface, Of(v)));
        // An unsigned enum's values above 2^63-1 are stored as their bit pattern and printed unsigned.
        Assert.Equal("enum color {\n\tRED          = 0,\n\tBRIGHT_GREEN = 1,\n\tALL          = 18446744073709551615,\n};\t/* size: 8, underlying type: unsigned long */\n", AbiLayoutFormatter.Format(surface, Of(e)));
        Assert.StartsWith("typedef struct V v_t;\t/* size: 24 */\n\nstruct V {\n", AbiLayoutFormatter.Format(surface, Of(t)), StringComparison.Ordinal);
        Assert.Equal("struct Handle;\t/* declaration only: opaque, its layout is not in the debug info */\n", AbiLayoutFormatter.Format(surface, Of("struct Handle")));
        Assert.Equal("struct Point *\t/* size: 8, pointer to struct Point */\n", AbiLayoutFormatter.Format(AbiSurfaceBuilder.Point(false).Build(), AbiSurfaceBuilder.Point(false).Build().Types.Single(x => x.Id == "ptr(struct Point)")));
    }

    [Fact]
    public void Find_takes_ids_names_bare_names_and_globs()
    {
        var surface = AbiSurfaceBuilder.Point(withZ: false).Build();

        Assert.Equal(["struct Point"], AbiLayoutFormatter.Find(surface, "struct Point").Select(t => t.Id));
        Assert.Equal(["struct Point"], AbiLayoutFormatter.Find(surface, "Point").Select(t => t.Id));
        Assert.Equal(["ptr(struct Point)"], AbiLayoutFormatter.Find(surface, "struct Point *").Select(t => t.Id));
        Assert.Equal(["ptr(struct Point)", "struct Point"], AbiLayoutFormatter.Find(surface, "*Point*").Select(t => t.Id));
        Assert.Empty(AbiLayoutFormatter.Find(surface, "Pt"));
    }

    [Fact]
    public void Cycles_and_missing_ids_from_hand_made_json_end()
    {
        var loop = new AbiType { Id = "typedef a", Kind = AbiTypeKind.Typedef, Name = "a", Target = "typedef b" };
        var back = new AbiType { Id = "typedef b", Kind = AbiTypeKind.Typedef, Name = "b", Target = "typedef a" };
        var s = new AbiType
        {
            Id = "struct L", Kind = AbiTypeKind.Struct, Name = "struct L", Size = 8,
            Fields = [new AbiField { Name = "x", Type = "typedef a" }, new AbiField { Name = "y", Type = "missing", Offset = ulong.MaxValue, BitOffset = ulong.MaxValue, BitSize = 3 }],
        };
        var surface = new AbiSurface { Evidence = new AbiEvidence(), Types = [loop, back, s] };

        Assert.Contains("struct L {", AbiLayoutFormatter.Format(surface, s), StringComparison.Ordinal);
        Assert.Contains("size: unknown", AbiLayoutFormatter.Format(surface, loop), StringComparison.Ordinal);
    }
}
