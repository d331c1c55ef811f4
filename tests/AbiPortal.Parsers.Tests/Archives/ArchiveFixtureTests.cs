using AbiPortal.Parsers.Archives;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Parsers.Tests.MachO;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Archives;

/// <summary>Archives written by llvm-ar, llvm-lib, llvm-dlltool and llvm-lipo, checked against llvm-nm.</summary>
public sealed class ArchiveFixtureTests
{
    private static readonly SnapshotReadOptions Options = new() { ComputeSha256 = false, Demangle = false };

    private static ArArchive ReadArchive(string name) => ArArchive.Read(File.ReadAllBytes(TestPaths.Fixture("archives", name)));

    private static Snapshot Read(string name) => SnapshotReader.ReadFile(TestPaths.Fixture("archives", name), Options);

    [Theory]
    [InlineData("libelf-gnu.a", ArArchiveKind.Gnu)]
    [InlineData("libelf-bsd.a", ArArchiveKind.Bsd)]
    [InlineData("libelf-thin.a", ArArchiveKind.Thin)]
    [InlineData("libcoff-gnu.a", ArArchiveKind.Gnu)]
    // llvm-lib and llvm-dlltool 14 write GNU-layout .lib files (one "/" member); MSVC's second
    // linker member is covered by tests built in code.
    [InlineData("coff.lib", ArArchiveKind.Gnu)]
    [InlineData("gamma.lib", ArArchiveKind.Gnu)]
    [InlineData("libmacho-x86_64.a", ArArchiveKind.Bsd)]
    [InlineData("libmacho-arm64.a", ArArchiveKind.Bsd)]
    [InlineData("libelf-sym64.a", ArArchiveKind.Gnu)]
    [InlineData("libmacho-sym64.a", ArArchiveKind.Bsd)]
    public void Symbol_index_matches_llvm_nm_print_armap(string name, ArArchiveKind kind)
    {
        var archive = ReadArchive(name);
        Assert.Equal(kind, archive.Kind);
        Assert.Empty(archive.Diagnostics);
        var memberAt = archive.Members.ToDictionary(m => m.HeaderOffset, m => m.Name);
        var expected = ReferenceListings.ArchiveMap(TestPaths.Fixture("archives", name + ".armap.txt"));
        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Order(),
            archive.Symbols.Select(s => (s.Name, memberAt[s.MemberHeaderOffset])).Order());
    }

    [Theory]
    [InlineData("libelf-sym64.a", "/SYM64/")]
    [InlineData("libmacho-sym64.a", "__.SYMDEF_64")]
    [InlineData("libelf-gnu.a", "/")]
    [InlineData("libmacho-x86_64.a", "__.SYMDEF")]
    public void The_index_is_read_from_the_member_the_writer_chose(string name, string index)
        => Assert.Equal(index, ReadArchive(name).SymbolIndexName);

    [Theory]
    [InlineData("libelf-gnu.a")]
    [InlineData("libelf-bsd.a")]
    [InlineData("libelf-thin.a")]
    [InlineData("libcoff-gnu.a")]
    [InlineData("coff.lib")]
    [InlineData("libmacho-x86_64.a")]
    public void Member_names_match_llvm_nm(string name)
    {
        var expected = ReferenceListings.NmArchive(TestPaths.Fixture("archives", name + ".nm.txt")).Select(l => l.Member).Distinct();
        Assert.Equal(expected, ReadArchive(name).Members.Select(m => m.Name));
    }

    [Theory]
    [InlineData("libmacho-x86_64.a")]
    [InlineData("libmacho-arm64.a")]
    [InlineData("libmacho-sym64.a")]
    public void Mach_O_members_export_what_llvm_nm_lists_and_the_index_agrees(string name)
    {
        var snapshot = Read(name);
        Assert.Equal((BinaryFormat.Archive, BinaryKind.StaticLibrary), (snapshot.Format, snapshot.Kind));
        Assert.Empty(snapshot.Diagnostics); // the index check found nothing to complain about
        AssertMembersMatchNm(snapshot, name + ".nm.txt");
        Assert.Equal(name.Contains("arm64") ? "arm64" : "x86_64", snapshot.Arch);
        Assert.Equal(64, snapshot.Bits);
    }

    [Theory]
    [InlineData("libelf-gnu.a")]
    [InlineData("libelf-bsd.a")]
    [InlineData("libelf-sym64.a")]
    public void Elf_members_export_what_llvm_nm_lists_and_the_index_agrees(string name)
    {
        var snapshot = Read(name);
        Assert.Empty(snapshot.Diagnostics);
        AssertMembersMatchNm(snapshot, name + ".nm.txt");
        Assert.Equal(("x86_64", 64, Endianness.Little), (snapshot.Arch, snapshot.Bits!.Value, snapshot.Endian!.Value));
        Assert.All(snapshot.Members, m => Assert.Equal(BinaryFormat.Elf, m.Format));
    }

    [Theory]
    [InlineData("libcoff-gnu.a", "alpha.obj")]
    [InlineData("libcoff-gnu.a", "beta.obj")]
    [InlineData("libcoff-gnu.a", "a_member_with_a_long_name.obj")]
    [InlineData("coff.lib", "obj/coff/alpha.obj")]
    [InlineData("coff.lib", "obj/coff/beta.obj")]
    [InlineData("coff.lib", "obj/coff/weak-alias.obj")]
    [InlineData("libcoff-gnu.a", "weak-alias.obj")]
    public void Coff_members_export_what_llvm_nm_lists(string name, string member)
    {
        var snapshot = Read(name);
        var expected = ReferenceListings.NmArchive(TestPaths.Fixture("archives", name + ".nm.txt")).Where(l => l.Member == member).Select(l => l.Name).Order(StringComparer.Ordinal);
        var actual = Assert.Single(snapshot.Members, m => m.Member == member);
        Assert.Equal(BinaryFormat.Coff, actual.Format);
        Assert.Equal(expected, actual.Exports.Select(e => e.Name!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("libcoff-gnu.a", "alpha.obj")]
    [InlineData("coff.lib", "obj/coff/alpha.obj")]
    public void Coff_weak_external_is_a_weak_export_and_the_index_agrees(string name, string member)
    {
        // alpha_weak is IMAGE_SYM_CLASS_WEAK_EXTERNAL whose default symbol is a function in .text:
        // llvm-nm prints "W", and the archive index lists it.
        var snapshot = Read(name);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.ArSymbolIndexExtraSymbol || d.Code == DiagnosticCodes.ArSymbolIndexMissingSymbol);
        var alpha = Assert.Single(snapshot.Members, m => m.Member == member);
        Assert.Empty(alpha.Diagnostics);
        var weak = Assert.Single(alpha.Exports, e => e.Name == "alpha_weak");
        Assert.Equal((SymbolKind.Function, SymbolBinding.Weak, ".text"), (weak.Kind, weak.Binding, weak.Section));
        Assert.DoesNotContain(alpha.Imports, i => i.Name == "alpha_weak");
    }

    [Theory]
    [InlineData("libcoff-gnu.a", "weak-alias.obj")]
    [InlineData("coff.lib", "obj/coff/weak-alias.obj")]
    public void Coff_weak_external_that_only_falls_back_is_a_weak_alias_not_an_export(string name, string member)
    {
        // ??_E is IMAGE_SYM_CLASS_WEAK_EXTERNAL with IMAGE_WEAK_EXTERN_SEARCH_NOLIBRARY and a default
        // defined in the object (as MSVC leaves vector deleting destructors): llvm-nm prints "w", the
        // archive index leaves it out, a linker pulls no member for it.
        var snapshot = Read(name);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.ArSymbolIndexExtraSymbol || d.Code == DiagnosticCodes.ArSymbolIndexMissingSymbol);
        var obj = Assert.Single(snapshot.Members, m => m.Member == member);
        Assert.Empty(obj.Diagnostics);
        Assert.DoesNotContain(obj.Exports, e => e.Name == "??_EWidget@@UEAAPEAXI@Z");
        var alias = Assert.Single(obj.Imports, i => i.Name == "??_EWidget@@UEAAPEAXI@Z");
        Assert.Equal(SymbolBinding.Weak, alias.Binding);
        Assert.Equal([ExportFlags.WeakAlias], alias.Flags);
        Assert.Equal(".weak.??_EWidget@@UEAAPEAXI@Z.??_GWidget@@UEAAPEAXI@Z", alias.Default);
        Assert.Contains(obj.Exports, e => e.Name == "??_GWidget@@UEAAPEAXI@Z");
    }

    [Fact]
    public void Import_library_index_agrees_with_its_short_import_members()
    {
        var snapshot = Read("gamma.lib");
        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(("x86_64", 64), (snapshot.Arch, snapshot.Bits!.Value));
        var armap = ReferenceListings.ArchiveMap(TestPaths.Fixture("archives", "gamma.lib.armap.txt")).Select(e => e.Name).ToHashSet();
        var defined = snapshot.Members.SelectMany(m => m.Exports).Select(e => e.Name!).ToHashSet();
        Assert.Equal(armap.Order(StringComparer.Ordinal), defined.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fat_static_library_has_an_archive_per_slice()
    {
        var snapshot = Read("libmacho-fat.a");
        Assert.Equal(BinaryFormat.Fat, snapshot.Format);
        Assert.Equal(["x86_64", "arm64"], snapshot.Members.Select(m => m.Member));
        foreach (var slice in snapshot.Members)
        {
            Assert.Equal(BinaryFormat.Archive, slice.Format);
            AssertMembersMatchNm(slice, $"libmacho-{slice.Member}.a.nm.txt");
        }

        Assert.False(snapshot.HasErrors);
    }

    [Fact]
    public void Thin_archive_members_are_listed_not_read()
    {
        var snapshot = Read("libelf-thin.a");
        Assert.Equal(["obj/elf/alpha.o", "obj/elf/a_member_with_a_long_name.o", "obj/elf/beta.o"], snapshot.Members.Select(m => m.Member));
        Assert.All(snapshot.Members, m =>
        {
            Assert.Equal(BinaryFormat.Unknown, m.Format);
            Assert.Equal(DiagnosticCodes.ArExternalMemberNotRead, Assert.Single(m.Diagnostics).Code);
            Assert.True(m.File.Size > 0);
        });
        Assert.False(snapshot.HasErrors);
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void Repeated_member_names_are_numbered()
    {
        var snapshot = Read("libelf-dup.a");
        Assert.Equal(["alpha.o", "alpha.o#2"], snapshot.Members.Select(m => m.Member));
    }

    [Fact]
    public void Import_library_members_are_short_imports_and_descriptors()
    {
        var snapshot = Read("gamma.lib");
        Assert.Equal(BinaryKind.ImportLibrary, snapshot.Kind);
        Assert.Equal(4, snapshot.Members.Count(m => m.Format == BinaryFormat.CoffImport));
        Assert.All(snapshot.Members, m => Assert.StartsWith("gamma.dll", m.Member, StringComparison.Ordinal));
        Assert.Equal(BinaryKind.StaticLibrary, Read("coff.lib").Kind);
    }

    private static void AssertMembersMatchNm(Snapshot archive, string listing)
    {
        var expected = ReferenceListings.NmArchive(TestPaths.Fixture("archives", listing))
            .GroupBy(l => l.Member)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Name).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(expected.Keys, archive.Members.Select(m => m.Member!));
        foreach (var member in archive.Members)
        {
            Assert.Equal(expected[member.Member!], member.Exports.Select(e => e.Name!).Order(StringComparer.Ordinal));
        }
    }
}
