using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>Whole import libraries through the ar reader, whose members the PE readers snapshot.</summary>
public sealed class ImportLibraryTests
{
    private static IEnumerable<SnapshotExport> ImportExports(Snapshot lib)
        => lib.Members.Where(m => m.Format == BinaryFormat.CoffImport).SelectMany(m => m.Exports);

    [Fact]
    public void Directive_only_exports_are_not_compared_with_the_archive_index()
    {
        // directives-x64.obj asks for /EXPORT:dir_alias=dir_func: an export of the DLL to be, not a
        // symbol of the object, so the index (which llvm-lib builds from symbol tables) leaves it out.
        var lib = PEFixtureTests.Read("widget-llvmlib.lib");
        Assert.DoesNotContain(lib.Diagnostics, d => d.Code == DiagnosticCodes.ArSymbolIndexMissingSymbol || d.Code == DiagnosticCodes.ArSymbolIndexExtraSymbol);
        var obj = Assert.Single(lib.Members, m => m.Member == "directives-x64.obj");
        var alias = Assert.Single(obj.Exports, e => e.Name == "dir_alias");
        Assert.Equal(("dir_func", (string?)null), (alias.ImportedName, alias.Section));
    }

    [Fact]
    public void Llvm_lib_import_members_list_every_def_export_with_its_dll()
    {
        var lib = PEFixtureTests.Read("widget-llvmlib.lib");
        Assert.Equal(BinaryFormat.Archive, lib.Format);
        var exports = ImportExports(lib).ToList();
        Assert.All(exports, e => Assert.Equal("widget.dll", e.Library));
        Assert.Equal(
            [
                "?Get@Widget@@QEBAHXZ", "__imp_?Get@Widget@@QEBAHXZ", "__imp_by_ordinal", "__imp_other_sub", "__imp_widget_add", "__imp_widget_count",
                "__imp_widget_hidden", "__imp_widget_mul", "__imp_widget_name", "by_ordinal", "other_sub", "widget_add", "widget_hidden", "widget_mul",
            ],
            exports.Select(e => e.Name!).Order(StringComparer.Ordinal));
        Assert.Equal((uint?)9, exports.Single(e => e.Name == "widget_hidden").Ordinal);
        Assert.Contains(ExportFlags.Data, exports.Single(e => e.Name == "__imp_widget_name").Flags);

        // The long-format member llvm-lib was given is read by the COFF reader.
        var obj = lib.Members.Single(m => m.Member == "directives-x64.obj");
        Assert.Equal(BinaryFormat.Coff, obj.Format);
        Assert.Contains(obj.Exports, e => e.Name == "dir_func");
    }

    [Fact]
    public void Llvm_dlltool_members_undecorate_stdcall_and_fastcall_names()
    {
        var exports = ImportExports(PEFixtureTests.Read("gnu32-dlltool.lib")).Where(e => e.Name!.StartsWith("__imp_", StringComparison.Ordinal));
        Assert.Equal(
            ["__imp_@FastFunc@8 FastFunc", "__imp__StdFunc@8 StdFunc", "__imp__gnu_data gnu_data", "__imp__gnu_plain gnu_plain"],
            exports.Select(e => $"{e.Name} {e.ImportedName}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("widget-llvmlib.lib")]
    [InlineData("gnu32-dlltool.lib")]
    public void Member_symbols_match_llvm_nm(string file)
    {
        // llvm-nm prints one block per member: "NAME:" then symbols; upper-case letters other
        // than U are defined globals, U is undefined; lower-case ones (section symbols) are local.
        var expected = new List<string>();
        List<string>? current = null;
        foreach (string line in ExternalTool.Run("llvm-nm", TestPaths.Fixture("pe", file)).Split('\n'))
        {
            if (line.EndsWith(':'))
            {
                current = [];
                expected.Add(string.Empty);
                continue;
            }

            if (current is null || line.Length < 11)
            {
                continue;
            }

            char type = line[9];
            string name = line[11..];
            if (char.IsUpper(type))
            {
                current.Add(type == 'U' ? "import " + name : "export " + name);
                expected[^1] = string.Join(" | ", current.Order(StringComparer.Ordinal));
            }
        }

        var actual = PEFixtureTests.Read(file).Members.Select(m => string.Join(
            " | ",
            m.Exports.Where(e => e.Section is not null || e.Library is not null).Select(e => "export " + e.Name)
                .Concat(m.Imports.Select(i => "import " + i.Name))
                .Order(StringComparer.Ordinal)));
        Assert.Equal(expected, actual);
    }
}
