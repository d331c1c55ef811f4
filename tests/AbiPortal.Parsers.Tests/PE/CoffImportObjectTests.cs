using System.Buffers.Binary;
using AbiPortal.Parsers.PE;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>Short import members extracted from llvm-lib and llvm-dlltool import libraries.</summary>
public sealed class CoffImportObjectTests
{
    private static string Row(SnapshotExport e) => $"{e.Name} {e.Kind} {e.Library} {e.ImportedName ?? "-"} {e.Ordinal?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {string.Join(",", e.Flags)}";

    [Fact]
    public void Code_member_exports_the_thunk_and_the_iat_pointer()
    {
        var s = PEFixtureTests.Read("import-code.obj");
        Assert.Equal((BinaryFormat.CoffImport, BinaryKind.ImportObject, "x86_64"), (s.Format, s.Kind, s.Arch));
        Assert.Equal(["__imp_widget_add Object widget.dll widget_add - ", "widget_add Function widget.dll widget_add - "], s.Exports.Select(Row));
        Assert.Equal(["widget.dll"], s.Dependencies.Select(d => d.Name));
    }

    [Fact]
    public void Data_member_exports_only_the_iat_pointer()
        => Assert.Equal(["__imp_widget_count Object widget.dll widget_count - data"], PEFixtureTests.Read("import-data.obj").Exports.Select(Row));

    [Fact]
    public void Ordinal_member_has_no_imported_name()
        => Assert.Equal(["__imp_widget_hidden Object widget.dll - 9 noname", "widget_hidden Function widget.dll - 9 noname"], PEFixtureTests.Read("import-noname.obj").Exports.Select(Row));

    [Fact]
    public void Undecorate_name_type_strips_the_prefix_and_the_stdcall_suffix()
    {
        var s = PEFixtureTests.Read("import-stdcall.obj");
        Assert.Equal(("i386", 32), (s.Arch, s.Bits!.Value));
        Assert.Equal(["__imp__StdFunc@8 Object gnu-x86-killat.dll StdFunc - ", "_StdFunc@8 Function gnu-x86-killat.dll StdFunc - "], s.Exports.Select(Row));
    }

    [Theory]
    [InlineData("_Func@8", "Func@8", "Func")]
    [InlineData("@Fast@8", "Fast@8", "Fast")]
    [InlineData("?Get@Widget@@QEBAHXZ", "Get@Widget@@QEBAHXZ", "Get")]
    [InlineData("plain", "plain", "plain")]
    public void Name_type_rules(string symbol, string noPrefix, string undecorated)
    {
        Assert.Equal(noPrefix, CoffImportObject.TrimPrefix(symbol));
        Assert.Equal(undecorated, CoffImportObject.Undecorate(symbol));
    }

    [Fact]
    public void Size_of_data_past_the_member_is_fatal()
    {
        var b = File.ReadAllBytes(TestPaths.Fixture("pe", "import-code.obj"));
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(12), 0x7FFFFFFF);
        Assert.Equal(["PE2030"], SnapshotReader.Read(b, "m.obj").Diagnostics.Select(d => d.Code.ToString()));
    }

    [Fact]
    public void Missing_dll_name_is_fatal()
    {
        var b = File.ReadAllBytes(TestPaths.Fixture("pe", "import-code.obj"));
        b.AsSpan(20).Fill((byte)'a');
        Assert.Equal(["PE2030"], SnapshotReader.Read(b, "m.obj").Diagnostics.Select(d => d.Code.ToString()));
    }

    [Fact]
    public void Unknown_type_is_fatal()
    {
        var b = File.ReadAllBytes(TestPaths.Fixture("pe", "import-code.obj"));
        b[18] |= 0x3; // Type 3 is reserved
        Assert.Equal(["PE2031"], SnapshotReader.Read(b, "m.obj").Diagnostics.Select(d => d.Code.ToString()));
    }

    [Fact]
    public void Long_format_members_go_through_the_coff_reader()
    {
        var s = PEFixtureTests.Read("import-descriptor.obj");
        Assert.Equal(BinaryFormat.Coff, s.Format);
        Assert.Equal(["__IMPORT_DESCRIPTOR_widget"], s.Exports.Select(e => e.Name));
        // LLVM names the null thunk with a leading DEL (0x7F) so that no C identifier can clash with it.
        Assert.Equal(["__NULL_IMPORT_DESCRIPTOR", "\u007Fwidget_NULL_THUNK_DATA"], s.Imports.Select(i => i.Name));
    }
}
