using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>What the fixtures must show, field by field (the golden dumps pin the rest).</summary>
public sealed class ElfFixtureTests
{
    [Fact]
    public void Versioned_library_has_default_and_old_versions_and_hides_hidden_symbols()
    {
        var s = ElfFixtures.Read("libversioned.so");
        Assert.Equal(BinaryKind.SharedLibrary, s.Kind);
        Assert.Equal("libversioned.so.1", s.Identity.Name);
        Assert.Equal(false, s.Identity.Pie);
        Assert.True(s.Identity.HasSymbolTable);
        Assert.Matches("^[0-9a-f]{40}$", s.Identity.BuildId!);

        var calls = s.Exports.Where(e => e.Name == "versioned_call").OrderBy(e => e.Version).ToArray();
        Assert.Equal(2, calls.Length);
        Assert.Equal(("VERS_1.0", false), (calls[0].Version, calls[0].DefaultVersion!.Value));
        Assert.Equal(("VERS_2.0", true), (calls[1].Version, calls[1].DefaultVersion!.Value));

        Assert.DoesNotContain(s.Exports, e => e.Name == "hidden_function");
        Assert.DoesNotContain(s.Exports, e => e.Name!.Contains('@'));
        Assert.Equal(SymbolKind.Tls, s.Exports.Single(e => e.Name == "thread_state").Kind);
        Assert.Equal(SymbolKind.IFunc, s.Exports.Single(e => e.Name == "fast_add").Kind);
        Assert.Equal(SymbolVisibility.Protected, s.Exports.Single(e => e.Name == "protected_function").Visibility);
        Assert.Equal(SymbolBinding.Weak, s.Exports.Single(e => e.Name == "weak_function").Binding);
        var counter = s.Exports.Single(e => e.Name == "exported_counter");
        Assert.Equal((SymbolKind.Object, 4ul, ".data"), (counter.Kind, counter.Size!.Value, counter.Section!));
        Assert.All(s.Exports.Where(e => !e.Flags.Contains(ExportFlags.Absolute)), e => Assert.True(e.InSymbolTable));

        Assert.Equal(["libversioned.so.1", "VERS_1.0", "VERS_2.0"], s.VersionNodes.Select(n => n.Name));
        Assert.True(s.VersionNodes[0].IsBase);
        Assert.Equal(["VERS_1.0"], s.VersionNodes[2].Parents);

        var libc = Assert.Single(s.Dependencies);
        Assert.Equal("libc.so.6", libc.Name);
        Assert.Equal(["GLIBC_2.2.5"], libc.RequiredVersions!);
        var strdup = s.Imports.Single(i => i.Name == "strdup");
        Assert.Equal(("GLIBC_2.2.5", "libc.so.6"), (strdup.Version, strdup.Library));
        Assert.Contains(ExportFlags.WeakImport, s.Imports.Single(i => i.Name == "__cxa_finalize").Flags);
    }

    [Fact]
    public void Library_without_section_headers_gives_the_same_exports_through_PT_DYNAMIC()
    {
        var full = ElfFixtures.Read("libversioned.so");
        var bare = ElfFixtures.Read("libversioned-nosections.so");
        Assert.Contains(bare.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.ElfDynamicFallback);
        Assert.Equal(Key(full.Exports), Key(bare.Exports));
        Assert.Equal(full.Imports.Select(i => (i.Name, i.Version, i.Library)), bare.Imports.Select(i => (i.Name, i.Version, i.Library)));
        Assert.Equal(full.VersionNodes.Select(n => n.Name), bare.VersionNodes.Select(n => n.Name));
        Assert.Equal(full.Identity.Name, bare.Identity.Name);
        Assert.Equal(full.Identity.BuildId, bare.Identity.BuildId);
        Assert.False(bare.Identity.HasSymbolTable);
        Assert.All(bare.Exports, e => Assert.False(e.InSymbolTable));

        static string[] Key(IEnumerable<SnapshotExport> exports)
            => exports.Select(e => $"{e.Name}@{e.Version}/{e.DefaultVersion}/{e.Kind}/{e.Address}/{e.Size}").Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Stripped_library_says_so_on_every_export()
    {
        var s = ElfFixtures.Read("libversioned-stripped.so");
        Assert.False(s.Identity.HasSymbolTable);
        Assert.All(s.Exports, e => Assert.False(e.InSymbolTable));
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void Executables_have_interpreter_paths_pie_and_imports_from_their_libraries()
    {
        var pie = ElfFixtures.Read("program-pie");
        Assert.Equal((BinaryKind.Executable, true), (pie.Kind, pie.Identity.Pie!.Value));
        Assert.Equal("/lib64/ld-linux-x86-64.so.2", pie.Identity.Interpreter);
        Assert.Equal(["$ORIGIN"], pie.Identity.RunPaths!);
        Assert.Null(pie.Identity.RPaths);
        Assert.Equal(["libversioned.so.1", "libc.so.6"], pie.Dependencies.Select(d => d.Name));
        var call = pie.Imports.Single(i => i.Name == "versioned_call");
        Assert.Equal(("VERS_2.0", "libversioned.so.1"), (call.Version, call.Library));
        Assert.Empty(pie.Diagnostics);

        var exe = ElfFixtures.Read("program-nopie");
        Assert.Equal((BinaryKind.Executable, false), (exe.Kind, exe.Identity.Pie!.Value));
        Assert.Equal(["/opt/abiportal/lib"], exe.Identity.RPaths!);
        Assert.NotNull(exe.Identity.EntryPoint);
    }

    [Theory]
    [InlineData("object.o", "x86_64", 64, Endianness.Little)]
    [InlineData("object-ppc64be.o", "ppc64", 64, Endianness.Big)]
    public void Objects_export_their_defined_globals_whatever_the_visibility(string name, string arch, int bits, Endianness endian)
    {
        var s = ElfFixtures.Read(name);
        Assert.Equal((BinaryKind.Object, arch, bits, endian), (s.Kind, s.Arch!, s.Bits!.Value, s.Endian!.Value));
        Assert.Equal(SymbolVisibility.Hidden, s.Exports.Single(e => e.Name == "object_hidden").Visibility);
        Assert.Equal(SymbolKind.Common, s.Exports.Single(e => e.Name == "object_common").Kind);
        Assert.Equal(SymbolBinding.Weak, s.Exports.Single(e => e.Name == "object_weak").Binding);
        Assert.DoesNotContain(s.Exports, e => e.Name == "object_static");
        Assert.Contains(s.Imports, i => i.Name == "external_function");
        Assert.Null(s.Identity.Pie);
    }

    [Theory]
    [InlineData("libcross-i386.so", "i386", 32, Endianness.Little, "EM_386")]
    [InlineData("libcross-aarch64.so", "aarch64", 64, Endianness.Little, "EM_AARCH64")]
    [InlineData("libcross-riscv64.so", "riscv64", 64, Endianness.Little, "EM_RISCV")]
    [InlineData("libcross-arm.so", "arm", 32, Endianness.Little, "EM_ARM")]
    [InlineData("libcross-mips.so", "mips", 32, Endianness.Big, "EM_MIPS")]
    public void Other_architectures_are_named_and_read(string name, string arch, int bits, Endianness endian, string machine)
    {
        var s = ElfFixtures.Read(name);
        Assert.Equal((arch, bits, endian, machine), (s.Arch!, s.Bits!.Value, s.Endian!.Value, s.Identity.Machine!));
        Assert.Equal(["cross_function", "cross_tls", "cross_value", "cross_weak"], s.Exports.Select(e => e.Name!).Order(StringComparer.Ordinal));
        Assert.Equal(name, s.Identity.Name);
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void ElfFile_Read_exposes_the_raw_tables()
    {
        var file = ElfFile.Read(ElfFixtures.Bytes("libversioned.so"));
        Assert.True(file.Header.Is64);
        Assert.Contains(file.Sections, s => s.Name == ".dynsym");
        Assert.Contains(file.Segments, p => p.Type == 2);
        Assert.Equal(file.DynamicSymbols.Count, file.VersionSymbols.Count);
        Assert.Contains(file.VersionNeeds, n => n.File == "libc.so.6");
        Assert.False(ElfFile.TryRead(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' }, out var none, out var fatal));
        Assert.Null(none);
        Assert.Equal(Diagnostics.DiagnosticCodes.ElfTruncatedHeader, fatal!.Code);
    }
}
