using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>Real dylibs and objects built by clang + ld64.lld, checked against llvm-objdump, llvm-otool and llvm-nm.</summary>
public sealed class MachOFixtureTests
{
    private static readonly SnapshotReadOptions Options = new() { ComputeSha256 = false, Demangle = false };

    internal static Snapshot Read(string name) => SnapshotReader.ReadFile(TestPaths.Fixture("macho", name), Options);

    [Theory]
    [InlineData("libbase.x86_64.dylib")]
    [InlineData("libbase.arm64.dylib")]
    [InlineData("libwrap.x86_64.dylib")]
    [InlineData("libwrap.arm64.dylib")]
    [InlineData("hello.x86_64")]
    [InlineData("plugin.x86_64.bundle")]
    public void Exports_match_llvm_objdump_exports_trie(string dylib)
    {
        var snapshot = Read(dylib);
        var expected = ReferenceListings.ExportsTrie(TestPaths.Fixture("macho", dylib + ".exports-trie.txt"));
        AssertSameExports(expected, snapshot);
        Assert.Empty(snapshot.Diagnostics);
    }

    [Theory]
    [InlineData("x86_64")]
    [InlineData("arm64")]
    public void Fat_slices_are_members_named_by_arch_with_their_own_exports(string arch)
    {
        var fat = Read("libbase.fat.dylib");
        Assert.Equal(BinaryFormat.Fat, fat.Format);
        Assert.Equal(BinaryKind.Universal, fat.Kind);
        Assert.Equal(["x86_64", "arm64"], fat.Members.Select(m => m.Member));
        var slice = Assert.Single(fat.Members, m => m.Member == arch);
        Assert.Equal(arch, slice.Arch);
        var expected = ReferenceListings.ExportsTrie(TestPaths.Fixture("macho", $"libbase.fat.dylib.{arch}.exports-trie.txt"));
        AssertSameExports(expected, slice);
        Assert.False(fat.HasErrors);
    }

    [Theory]
    [InlineData("libbase.x86_64.dylib")]
    [InlineData("libwrap.arm64.dylib")]
    public void Install_name_and_dependencies_match_otool_L(string dylib)
    {
        var snapshot = Read(dylib);
        var lines = ReferenceListings.OtoolL(TestPaths.Fixture("macho", dylib + ".otool-L.txt"));

        // otool -L prints the image's own LC_ID_DYLIB first, then each dependent dylib.
        var self = lines[0];
        Assert.Equal(self.Name, snapshot.Identity.Name);
        Assert.Equal(self.Current, snapshot.Identity.CurrentVersion);
        Assert.Equal(self.Compatibility, snapshot.Identity.CompatibilityVersion);
        Assert.Equal(
            lines.Skip(1).Select(l => (l.Name, l.Compatibility, l.Current, l.Reexport)),
            snapshot.Dependencies.Select(d => (d.Name, d.CompatibilityVersion!, d.CurrentVersion!, d.Kind == DependencyKind.Reexport)));
    }

    [Fact]
    public void Identity_matches_the_load_commands()
    {
        var snapshot = Read("libbase.x86_64.dylib");
        string commands = TestPaths.Fixture("macho", "libbase.x86_64.dylib.load-commands.txt");
        var id = snapshot.Identity;
        Assert.Equal(ReferenceListings.LoadCommandField(commands, "uuid"), id.BuildId);
        Assert.Equal(ReferenceListings.LoadCommandField(commands, "platform"), id.Platform);
        Assert.Equal(ReferenceListings.LoadCommandField(commands, "minos"), id.MinOS);
        Assert.Equal(ReferenceListings.LoadCommandField(commands, "sdk"), id.Sdk);
        Assert.Equal([ReferenceListings.LoadCommandField(commands, "path")!.Split(" (offset")[0]], id.RPaths);
        Assert.Equal("CPU_TYPE_X86_64", id.Machine);
        Assert.Equal(BinaryKind.SharedLibrary, snapshot.Kind);
        Assert.Equal((64, Endianness.Little), (snapshot.Bits!.Value, snapshot.Endian!.Value));
    }

    [Fact]
    public void Executable_has_its_entry_point_and_bundle_its_kind()
    {
        var exe = Read("hello.x86_64");
        Assert.Equal(BinaryKind.Executable, exe.Kind);
        string entryoff = ReferenceListings.LoadCommandField(TestPaths.Fixture("macho", "hello.x86_64.load-commands.txt"), "entryoff")!;
        Assert.Equal(ulong.Parse(entryoff, System.Globalization.CultureInfo.InvariantCulture), exe.Identity.EntryPoint);
        Assert.Null(exe.Identity.Name);
        Assert.Equal("dynamic-lookup", Assert.Single(exe.Imports, i => i.Name == "_printf").Library);

        var bundle = Read("plugin.x86_64.bundle");
        Assert.Equal(BinaryKind.Bundle, bundle.Kind);
        Assert.Null(bundle.Identity.EntryPoint);
    }

    [Fact]
    public void Export_kinds_and_bindings_follow_the_trie_flags()
    {
        var exports = Read("libbase.arm64.dylib").Exports.ToDictionary(e => e.Name!);
        Assert.Equal(SymbolKind.Tls, exports["_tls_value"].Kind);
        Assert.Equal([ExportFlags.ThreadLocal], exports["_tls_value"].Flags);
        Assert.Equal(SymbolBinding.Weak, exports["_base_weak"].Binding);
        Assert.Equal(SymbolKind.Function, exports["_base_call"].Kind);
        Assert.Equal("__TEXT,__text", exports["_base_call"].Section);
        Assert.Equal(SymbolKind.Object, exports["__ZN4base7counterE"].Kind);
    }

    [Fact]
    public void Imports_carry_their_two_level_library_and_weak_flag()
    {
        var wrap = Read("libwrap.x86_64.dylib");
        Assert.Equal("@rpath/libbase.dylib", Assert.Single(wrap.Imports, i => i.Name == "_base_call").Library);

        var imports = Read("libbase.x86_64.dylib").Imports.ToDictionary(i => i.Name!);
        Assert.Equal("dynamic-lookup", imports["_external_helper"].Library);
        Assert.Equal([ExportFlags.WeakImport], imports["_optional_hook"].Flags);
        Assert.Equal(SymbolBinding.Weak, imports["_optional_hook"].Binding);
        Assert.Empty(imports["_external_helper"].Flags);
    }

    [Fact]
    public void Object_without_a_trie_exports_its_external_defined_symbols_like_nm()
    {
        var snapshot = Read("base.x86_64.o");
        Assert.Equal(BinaryKind.Object, snapshot.Kind);
        Assert.Equal(
            ReferenceListings.NmNames(TestPaths.Fixture("macho", "base.x86_64.o.nm.txt")).Order(StringComparer.Ordinal),
            snapshot.Exports.Select(e => e.Name!).Order(StringComparer.Ordinal));
        Assert.Equal(
            ReferenceListings.NmNames(TestPaths.Fixture("macho", "base.x86_64.o.nm-undefined.txt")).Order(StringComparer.Ordinal),
            snapshot.Imports.Select(i => i.Name!).Order(StringComparer.Ordinal));
        Assert.Equal(SymbolKind.Tls, Assert.Single(snapshot.Exports, e => e.Name == "_tls_value").Kind);
    }

    /// <summary>Same names, addresses and flags as llvm-objdump prints ([weak_def], [per-thread], [re-export], [resolver], [absolute]).</summary>
    internal static void AssertSameExports(List<ReferenceListings.TrieLine> expected, Snapshot snapshot)
    {
        Assert.NotEmpty(expected);
        var actual = snapshot.Exports.Select(e => new ReferenceListings.TrieLine(e.Address ?? 0, e.Name!, ObjdumpFlags(e))).ToList();
        Assert.Equal(expected.OrderBy(e => e.Name, StringComparer.Ordinal), actual.OrderBy(e => e.Name, StringComparer.Ordinal));
    }

    private static string ObjdumpFlags(SnapshotExport e)
    {
        var flags = new List<string>();
        foreach (string f in e.Flags)
        {
            flags.Add(f switch
            {
                ExportFlags.WeakDefinition => "weak_def",
                ExportFlags.ThreadLocal => "per-thread",
                ExportFlags.Reexport => "re-export",
                ExportFlags.StubAndResolver => "resolver",
                ExportFlags.Absolute => "absolute",
                _ => f,
            });
        }

        return string.Join(", ", flags);
    }
}
