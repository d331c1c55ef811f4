using AbiPortal.Parsers.PE;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>Images built by clang + lld-link and mingw-w64 (tests/fixtures/pe/build.sh).</summary>
public sealed class PEFixtureTests
{
    internal static Snapshot Read(string name)
        => SnapshotReader.ReadFile(TestPaths.Fixture("pe", name), new SnapshotReadOptions { Demangle = false });

    [Theory]
    [InlineData("widget-x64.dll", "x86_64", 64, "IMAGE_FILE_MACHINE_AMD64")]
    [InlineData("widget-arm64.dll", "aarch64", 64, "IMAGE_FILE_MACHINE_ARM64")]
    [InlineData("widget-x86.dll", "i386", 32, "IMAGE_FILE_MACHINE_I386")]
    [InlineData("widget-armv7.dll", "arm", 32, "IMAGE_FILE_MACHINE_ARMNT")]
    [InlineData("gnu-x64.dll", "x86_64", 64, "IMAGE_FILE_MACHINE_AMD64")]
    [InlineData("gnu-x86.dll", "i386", 32, "IMAGE_FILE_MACHINE_I386")]
    public void Arch_bits_and_machine(string file, string arch, int bits, string machine)
    {
        var s = Read(file);
        Assert.Equal((BinaryFormat.PE, arch, (int?)bits, machine, BinaryKind.SharedLibrary), (s.Format, s.Arch, s.Bits, s.Identity.Machine, s.Kind));
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void Def_file_exports_with_ordinals_noname_data_and_forwarders()
    {
        var s = Read("widget-x64.dll");
        Assert.Equal("widget-x64.dll", s.Identity.Name);
        var rows = s.Exports.Select(e => $"{e.Ordinal} {e.Name ?? "-"} {e.Kind} {e.Forwarder ?? (e.Address is null ? "?" : "rva")} {string.Join(",", e.Flags)}").ToArray();
        Assert.Equal(
            [
                "5 widget_add Function rva ",
                "6 widget_mul Function rva ",
                "7 widget_count Object rva data",
                "8 widget_name Object rva data",
                "9 - Function rva noname",
                "10 ?Get@Widget@@QEBAHXZ Function rva ",
                "11 by_ordinal Function other.#12 ",
                "12 other_sub Function other.other_sub ",
            ],
            rows);
        // Ordinals 0-4 are empty address-table slots (the .def starts at 5): not exports.
        Assert.DoesNotContain(s.Exports, e => e.Ordinal < 5);
        Assert.All(s.Exports.Where(e => e.Forwarder is not null), e => Assert.Null(e.Address));
        Assert.Equal(".text", s.Exports[0].Section);
    }

    [Fact]
    public void Imports_delay_imports_and_dependencies()
    {
        var s = Read("widget-x64.dll");
        Assert.Equal([("other.dll", DependencyKind.Needed), ("lazy.dll", DependencyKind.Delay)], s.Dependencies.Select(d => (d.Name, d.Kind)));
        Assert.Collection(
            s.Imports,
            i => Assert.Equal(("other_add", "other.dll", false), (i.Name, i.Library, i.Flags.Contains(ExportFlags.Delay))),
            i => Assert.Equal(("lazy_mul", "lazy.dll", true), (i.Name, i.Library, i.Flags.Contains(ExportFlags.Delay))));
    }

    [Theory]
    [InlineData("widget-x64.dll")]
    [InlineData("widget-arm64.dll")]
    [InlineData("widget-x86.dll")]
    [InlineData("widget-armv7.dll")]
    public void CodeView_identity_and_version_resource(string file)
    {
        var s = Read(file);
        var id = s.Identity;
        Assert.Equal(file + ".pdb", id.PdbPath);
        Assert.Equal(1u, id.PdbAge);
        Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$", id.PdbGuid);
        Assert.Equal(id.PdbGuid!.Replace("-", "", StringComparison.Ordinal) + "1", id.BuildId);
        Assert.Equal("1.2.3.4", id.FileVersion);
        Assert.Equal("5.6-fixture", id.ProductVersion);
        Assert.Equal("windows-gui", id.Subsystem);
        Assert.Contains("IMAGE_FILE_DLL", id.Characteristics!);
    }

    [Fact]
    public void The_guid_matches_what_llvm_readobj_prints()
    {
        // llvm-readobj prints the 16 raw GUID bytes; Data1-3 are little endian in the registry form.
        var pe = PEFile.Read(File.ReadAllBytes(TestPaths.Fixture("pe", "widget-x64.dll")));
        string dump = ExternalTool.Run("llvm-readobj", "--coff-debug-directory", TestPaths.Fixture("pe", "widget-x64.dll"));
        string bytes = string.Join(" ", pe.CodeView!.Guid.ToByteArray().Select(x => x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains($"PDBGUID: ({bytes})", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_executable_with_imports_by_ordinal()
    {
        var s = Read("console-x64.exe");
        Assert.Equal((BinaryKind.Executable, "windows-cui"), (s.Kind, s.Identity.Subsystem));
        Assert.NotNull(s.Identity.EntryPoint);
        Assert.Null(s.Identity.Name);
        Assert.Empty(s.Exports);
        Assert.Equal(["other_add", "#12", "other_sub"], s.Imports.Select(i => i.Name ?? $"#{i.Ordinal}"));
        Assert.Contains(ExportFlags.NoName, s.Imports[1].Flags);
    }

    [Fact]
    public void Mingw_names_stay_raw()
    {
        Assert.Equal(["@FastFunc@8", "StdFunc@8", "_ZN3geo4areaERKNS_5PointES2_", "gnu_data", "gnu_plain"], Read("gnu-x86.dll").Exports.Select(e => e.Name));
        Assert.Equal(["FastFunc", "StdFunc", "_ZN3geo4areaERKNS_5PointES2_", "gnu_data", "gnu_plain"], Read("gnu-x86-killat.dll").Exports.Select(e => e.Name));
        var x64 = Read("gnu-x64.dll");
        var data = x64.Exports.Single(e => e.Name == "gnu_data");
        Assert.Equal(((uint?)4, SymbolKind.Object, ".data"), (data.Ordinal, data.Kind, data.Section));
    }

    [Fact]
    public void Without_a_product_version_string_the_fixed_version_is_used()
    {
        var bytes = File.ReadAllBytes(TestPaths.Fixture("pe", "widget-x64.dll"));
        byte[] key = System.Text.Encoding.Unicode.GetBytes("ProductVersion");
        int at = bytes.AsSpan().IndexOf(key);
        Assert.True(at > 0);
        bytes[at] = (byte)'Q';
        var s = SnapshotReader.Read(bytes, "w.dll");
        Assert.Equal(("1.2.3.4", "5.6.0.0"), (s.Identity.FileVersion, s.Identity.ProductVersion));
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void Every_single_byte_corruption_of_the_version_resource_is_handled()
    {
        var full = File.ReadAllBytes(TestPaths.Fixture("pe", "widget-x64.dll"));
        var pe = PEFile.Read(full);
        var rsrc = pe.Sections.Single(x => x.Name == ".rsrc");
        for (int at = (int)rsrc.PointerToRawData; at < rsrc.PointerToRawData + rsrc.SizeOfRawData; at++)
        {
            var b = (byte[])full.Clone();
            b[at] ^= 0xFF;
            Assert.NotNull(SnapshotReader.Read(b, "w.dll"));
        }
    }
}
