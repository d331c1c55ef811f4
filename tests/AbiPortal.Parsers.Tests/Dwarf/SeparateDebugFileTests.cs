using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Dwarf;

/// <summary>Debug info in another file: build-id trees, .gnu_debuglink (CRC checked), explicit files, DWZ supplementary files, dSYM, and the upload pairing API.</summary>
public sealed class SeparateDebugFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("abiportal-dwarf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Copy(string fixture, string? as_ = null)
    {
        string target = Path.Combine(_folder, as_ ?? fixture);
        File.Copy(DwarfFixtures.Path(fixture), target);
        return target;
    }

    private static string Digest(AbiSurface s) => DwarfFixtures.Digest(s);

    [Fact]
    public void A_stripped_library_finds_its_debug_file_by_build_id_under_a_debug_root()
    {
        string stripped = Copy("libpoint-stripped.so");
        var options = DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.Default with { DebugRoots = [Path.Combine(DwarfFixtures.Path("build.sh"), "..", "debugroot")] } };
        var surface = SnapshotReader.ReadFile(stripped, options).Abi!;
        Assert.Equal("build-id", surface.Evidence.Source);
        Assert.EndsWith(".debug", surface.Evidence.DebugFile, StringComparison.Ordinal);
        Assert.Equal(Digest(DwarfFixtures.Surface("libpoint-gcc5.so")), Digest(surface));
    }

    [Fact]
    public void A_debuglink_file_with_another_crc_is_not_used()
    {
        string stripped = Copy("libpoint-stripped.so");
        byte[] debug = File.ReadAllBytes(DwarfFixtures.Path("libpoint.debug"));
        debug[^1] ^= 0xff; // the section header table's last byte: still readable, another CRC
        File.WriteAllBytes(Path.Combine(_folder, "libpoint.debug"), debug);
        var snapshot = SnapshotReader.ReadFile(stripped, DwarfFixtures.Options);
        Assert.Null(snapshot.Abi);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.DwarfDebugLinkCrcMismatch);
    }

    [Fact]
    public void A_missing_debuglink_file_is_an_info_note()
    {
        var snapshot = SnapshotReader.ReadFile(Copy("libpoint-stripped.so"), DwarfFixtures.Options);
        Assert.Null(snapshot.Abi);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.DwarfDebugFileNotFound && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void An_explicit_debug_file_must_carry_the_binarys_build_id()
    {
        string stripped = Copy("libpoint-stripped.so");
        var good = SnapshotReader.ReadFile(stripped, DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.Default with { DebugRoots = [], DebugFile = DwarfFixtures.Path("libpoint.debug") } });
        Assert.Equal(("explicit", "libpoint.debug"), (good.Abi!.Evidence.Source, good.Abi.Evidence.DebugFile));

        var wrong = SnapshotReader.ReadFile(stripped, DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.Default with { DebugRoots = [], DebugFile = DwarfFixtures.Path("libshapes-gcc5.so") } });
        Assert.Null(wrong.Abi);
        Assert.Contains(wrong.Diagnostics, d => d.Code == DiagnosticCodes.DwarfDebugFileMismatch);
    }

    [Fact]
    public void An_explicit_debug_file_works_for_bytes_read_from_memory()
    {
        byte[] bytes = File.ReadAllBytes(DwarfFixtures.Path("libpoint-stripped.so"));
        var snapshot = SnapshotReader.Read(bytes, "libpoint.so", DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.Default with { DebugFile = DwarfFixtures.Path("libpoint.debug") } });
        Assert.Equal(10, snapshot.Abi!.Functions.Count);
    }

    [Fact]
    public void Without_its_dwz_file_the_surface_is_partial_and_says_why()
    {
        var snapshot = SnapshotReader.ReadFile(Copy("libdwz-a.so"), DwarfFixtures.Options);
        Assert.True(snapshot.Abi!.Evidence.Partial);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.DwarfSupplementaryFileMissing);
        // Functions are still there; the types dwz moved out are unknown.
        Assert.Equal(10, snapshot.Abi.Functions.Count);
        Assert.Contains(snapshot.Abi.Types, t => t.Id == "<unknown>");
    }

    [Fact]
    public void The_dwz_file_can_also_be_named_explicitly()
    {
        string lib = Copy("libdwz-b.so");
        var snapshot = SnapshotReader.ReadFile(lib, DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.Default with { SupplementaryFile = DwarfFixtures.Path("libdwz-common.debug") } });
        Assert.False(snapshot.Abi!.Evidence.Partial);
        Assert.Equal(["user_area", "user_color", "user_distance"], snapshot.Abi.Functions.Select(f => f.Symbol));
        Assert.Equal(8UL, snapshot.Abi.Type("struct Point").Size);
    }

    [Fact]
    public void Identify_tells_what_a_file_carries()
    {
        string buildId = DwarfFixtures.Read("libpoint-gcc5.so").Identity.BuildId!;
        var debug = AbiSurfaceReader.Identify(File.ReadAllBytes(DwarfFixtures.Path("libpoint.debug")));
        Assert.Equal((BinaryFormat.Elf, true, true), (debug.Format, debug.HasDebugInfo, debug.IsDebugOnly));
        Assert.Equal([buildId], debug.BuildIds);

        // A library with its debug info inside is a binary, not a debug file.
        var embedded = AbiSurfaceReader.Identify(File.ReadAllBytes(DwarfFixtures.Path("libpoint-gcc5.so")));
        Assert.Equal((true, false), (embedded.HasDebugInfo, embedded.IsDebugOnly));

        var stripped = AbiSurfaceReader.Identify(File.ReadAllBytes(DwarfFixtures.Path("libpoint-stripped.so")));
        Assert.Equal((false, false, "libpoint.debug"), (stripped.HasDebugInfo, stripped.IsDebugOnly, stripped.DebugLink));
        Assert.Equal([buildId], stripped.BuildIds);

        var dwz = AbiSurfaceReader.Identify(File.ReadAllBytes(DwarfFixtures.Path("libdwz-a.so")));
        Assert.Equal("libdwz-common.debug", dwz.SupplementaryFile);
        Assert.NotNull(dwz.SupplementaryBuildId);

        var dsym = AbiSurfaceReader.Identify(File.ReadAllBytes(DwarfFixtures.Path("libpoint.dylib.dSYM/Contents/Resources/DWARF/libpoint.dylib")));
        Assert.Equal([DwarfFixtures.Read("libpoint.dylib").Identity.BuildId!], dsym.BuildIds);
        Assert.True(dsym.HasDebugInfo);
        Assert.True(dsym.IsDebugOnly);
        Assert.Equal(BinaryFormat.Unknown, AbiSurfaceReader.Identify(new byte[] { 1, 2, 3 }).Format);
    }

    [Fact]
    public void Attach_pairs_a_stripped_binary_with_debug_file_bytes()
    {
        var options = DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.None };
        var binary = SnapshotReader.Read(File.ReadAllBytes(DwarfFixtures.Path("libpoint-stripped.so")), "libpoint.so.1", options);
        Assert.Null(binary.Abi);

        var paired = AbiSurfaceReader.Attach(binary, File.ReadAllBytes(DwarfFixtures.Path("libpoint.debug")), "libpoint.debug");
        Assert.Equal(("explicit", "libpoint.debug"), (paired.Abi!.Evidence.Source, paired.Abi.Evidence.DebugFile));
        Assert.Equal(Digest(DwarfFixtures.Surface("libpoint-gcc5.so")), Digest(paired.Abi));
        Assert.Equal(binary.Exports, paired.Exports);

        var mismatched = AbiSurfaceReader.Attach(binary, File.ReadAllBytes(DwarfFixtures.Path("libshapes-gcc5.so")), "libshapes-gcc5.so");
        Assert.Null(mismatched.Abi);
        Assert.Contains(mismatched.Diagnostics, d => d.Code == DiagnosticCodes.DwarfDebugFileMismatch);
    }

    [Fact]
    public void A_debug_file_whose_units_are_all_unreadable_gives_no_surface()
    {
        // libpoint.debug with the first unit's unit_length past the section: its build id matches,
        // but nothing of its DWARF reads. An empty surface would count as paired on the server.
        var binary = SnapshotReader.Read(File.ReadAllBytes(DwarfFixtures.Path("libpoint-stripped.so")), "libpoint.so.1", DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.None });
        byte[] debug = File.ReadAllBytes(DwarfFixtures.Path("libpoint.debug"));
        int info = ElfSectionOffset(debug, ".debug_info");
        BitConverter.TryWriteBytes(debug.AsSpan(info, 4), 0xFFFFFFEFu);

        var paired = AbiSurfaceReader.Attach(binary, debug, "libpoint.debug");
        Assert.Null(paired.Abi);
        Assert.Contains(paired.Diagnostics, d => d.Code == DiagnosticCodes.DwarfBadDebugFile);
        Assert.Contains(paired.Diagnostics, d => d.Code.Number == 5101);
    }

    /// <summary>The file offset of an ELF64 section's contents, found by name.</summary>
    private static int ElfSectionOffset(byte[] elf, string name)
    {
        int shoff = (int)BitConverter.ToUInt64(elf, 0x28);
        int count = BitConverter.ToUInt16(elf, 0x3C), strndx = BitConverter.ToUInt16(elf, 0x3E);
        int strings = (int)BitConverter.ToUInt64(elf, shoff + (strndx * 64) + 24);
        for (int i = 0; i < count; i++)
        {
            int header = shoff + (i * 64);
            int at = strings + (int)BitConverter.ToUInt32(elf, header);
            if (System.Text.Encoding.ASCII.GetString(elf, at, Array.IndexOf(elf, (byte)0, at) - at) == name)
            {
                return (int)BitConverter.ToUInt64(elf, header + 24);
            }
        }

        throw new InvalidOperationException($"{name} not found");
    }

    [Fact]
    public void Attach_takes_the_dwz_file_as_bytes_too()
    {
        var options = DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.None };
        byte[] lib = File.ReadAllBytes(DwarfFixtures.Path("libdwz-a.so"));
        var binary = SnapshotReader.Read(lib, "libdwz-a.so", options);
        var paired = AbiSurfaceReader.Attach(binary, lib, "libdwz-a.so", File.ReadAllBytes(DwarfFixtures.Path("libdwz-common.debug")));
        Assert.False(paired.Abi!.Evidence.Partial);
        Assert.Equal(Digest(DwarfFixtures.Surface("libdwz-a.so")), Digest(paired.Abi));
    }

    [Fact]
    public void Each_slice_of_a_universal_dylib_finds_its_slice_of_the_universal_dsym()
    {
        var fat = DwarfFixtures.Read("libpoint-fat.dylib");
        Assert.Equal(["x86_64", "arm64"], fat.Members.Select(m => m.Member).Order(StringComparer.Ordinal).Reverse());
        string expected = DwarfFixtures.Digest(DwarfFixtures.Surface("libpoint.dylib"));
        Assert.All(fat.Members, m =>
        {
            Assert.Equal("dsym", m.Abi!.Evidence.Source);
            Assert.Equal(expected, DwarfFixtures.Digest(m.Abi));
        });

        var stripped = DwarfFixtures.Read("libpoint-fat.dylib", DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.None });
        var paired = AbiSurfaceReader.Attach(stripped, File.ReadAllBytes(DwarfFixtures.Path("libpoint-fat.dylib.dSYM/Contents/Resources/DWARF/libpoint-fat.dylib")), "libpoint-fat.dylib");
        Assert.All(paired.Members, m => Assert.Equal(expected, DwarfFixtures.Digest(m.Abi!)));
    }

    [Fact]
    public void A_dylib_finds_its_dsym_and_attach_takes_the_dsym_bytes()
    {
        var surface = DwarfFixtures.Surface("libpoint.dylib");
        Assert.Equal(("dsym", "libpoint.dylib"), (surface.Evidence.Source, surface.Evidence.DebugFile));
        var binary = DwarfFixtures.Read("libpoint.dylib", DwarfFixtures.Options with { DebugInfo = DebugInfoOptions.None });
        var paired = AbiSurfaceReader.Attach(binary, File.ReadAllBytes(DwarfFixtures.Path("libpoint.dylib.dSYM/Contents/Resources/DWARF/libpoint.dylib")), "libpoint.dylib");
        Assert.Equal(Digest(surface), Digest(paired.Abi!));
    }
}
