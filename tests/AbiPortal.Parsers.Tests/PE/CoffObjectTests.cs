using System.Buffers.Binary;
using AbiPortal.Parsers.PE;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>COFF objects from clang (MSVC ABI, /EXPORT pragmas) and GNU as (/bigobj, -export:).</summary>
public sealed class CoffObjectTests
{
    [Fact]
    public void Defined_externals_are_exports_and_export_directives_mark_them()
    {
        var s = PEFixtureTests.Read("directives-x64.obj");
        Assert.Equal((BinaryFormat.Coff, BinaryKind.Object, "x86_64"), (s.Format, s.Kind, s.Arch));
        Assert.Empty(s.Diagnostics);
        var rows = s.Exports.Select(e => $"{e.Name} {e.Kind} {e.Section ?? "-"} {e.ImportedName ?? "-"} {string.Join(",", e.Flags)}");
        Assert.Equal(
            [
                "dir_func Function .text - directive",
                "dir_data Object .data - directive,data",
                "keep Object .data - ",
                "dir_alias Function - dir_func directive",
            ],
            rows);
        Assert.Equal(["helper"], s.Imports.Select(i => i.Name));
    }

    [Fact]
    public void Bigobj_objects_read_with_their_32_bit_section_numbers()
    {
        var bytes = File.ReadAllBytes(TestPaths.Fixture("pe", "gnu-bigobj.obj"));
        var obj = CoffObject.Read(bytes);
        Assert.True(obj.IsBigObj);
        var s = PEFixtureTests.Read("gnu-bigobj.obj");
        Assert.Equal(BinaryFormat.Coff, s.Format);
        Assert.Empty(s.Diagnostics);
        Assert.Equal(
            ["_ZN3geo4areaERKNS_5PointES2_", "StdFunc", "FastFunc", "gnu_plain", "gnu_data"],
            s.Exports.Where(e => e.Flags.Contains(ExportFlags.Directive)).Select(e => e.Name));
        Assert.Contains(ExportFlags.Data, s.Exports.Single(e => e.Name == "gnu_data").Flags);
    }

    [Fact]
    public void Export_directives_parse_every_option()
    {
        Assert.Equal(new CoffDirectiveExport("a", "b", 7, true, true, true), CoffDirectiveParser.ParseExport("a=b,@7,NONAME,DATA,PRIVATE"));
        Assert.Equal(new CoffDirectiveExport("x", null, null, true, false, false), CoffDirectiveParser.ParseExport("x,data"));
        Assert.Null(CoffDirectiveParser.ParseExport("a,BOGUS"));
        Assert.Null(CoffDirectiveParser.ParseExport("=b"));
        Assert.Null(CoffDirectiveParser.ParseExport("a="));
        Assert.Null(CoffDirectiveParser.ParseExport("a,"));
        Assert.Equal(new CoffDirectiveExport("plain", null, null, false, false, false), CoffDirectiveParser.ParseExport("plain"));
        Assert.Equal(new CoffDirectiveExport("f", null, 3, false, false, false), CoffDirectiveParser.ParseExport("f, @1 ,@2,@3"));
        Assert.Equal(["/EXPORT:a b", "-export:c"], CoffDirectiveParser.Tokenize("  /EXPORT:\"a b\"  -export:c ", 10));
    }

    [Fact]
    public void A_bad_directive_is_a_warning()
    {
        var b = File.ReadAllBytes(TestPaths.Fixture("pe", "directives-x64.obj"));
        var obj = CoffObject.Read(b);
        var drectve = obj.Sections.Single(x => x.Name == ".drectve");
        // Overwrite the first directive's argument with a bad option.
        "/EXPORT:a,BAD "u8.CopyTo(b.AsSpan((int)drectve.PointerToRawData + 1));
        var s = SnapshotReader.Read(b, "x.obj");
        Assert.Contains("PE2023", s.Diagnostics.Select(d => d.Code.ToString()));
    }

    [Fact]
    public void Symbol_table_past_the_end_is_a_warning()
    {
        var b = File.ReadAllBytes(TestPaths.Fixture("pe", "directives-x64.obj"));
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(8), 0xFFFFFF00); // PointerToSymbolTable
        var s = SnapshotReader.Read(b, "x.obj");
        Assert.Contains("PE2020", s.Diagnostics.Select(d => d.Code.ToString()));
        Assert.DoesNotContain(s.Exports, e => e.Name == "keep");
    }

    [Fact]
    public void Section_data_past_the_end_is_a_warning()
    {
        var b = File.ReadAllBytes(TestPaths.Fixture("pe", "directives-x64.obj"));
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(20 + 20), 0xFFFFFF00); // first section's PointerToRawData
        var s = SnapshotReader.Read(b, "x.obj");
        Assert.Contains("PE2021", s.Diagnostics.Select(d => d.Code.ToString()));
    }

    [Fact]
    public void Truncated_bigobj_header_is_fatal()
    {
        var b = File.ReadAllBytes(TestPaths.Fixture("pe", "gnu-bigobj.obj"))[..40];
        var s = SnapshotReader.Read(b, "x.obj");
        Assert.Equal(["PE2022"], s.Diagnostics.Select(d => d.Code.ToString()));
    }

    [Fact]
    public void Every_single_byte_corruption_is_handled()
    {
        foreach (string name in new[] { "directives-x64.obj", "gnu-bigobj.obj" })
        {
            var full = File.ReadAllBytes(TestPaths.Fixture("pe", name));
            for (int at = 0; at < full.Length; at++)
            {
                var b = (byte[])full.Clone();
                b[at] ^= 0xFF;
                Assert.NotNull(SnapshotReader.Read(b, name));
            }
        }
    }
}
