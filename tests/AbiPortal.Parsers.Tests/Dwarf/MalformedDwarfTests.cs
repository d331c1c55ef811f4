using System.Buffers.Binary;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Dwarf;

/// <summary>
/// Hostile debug info built from the fixtures: one field corrupted, the diagnostic code asserted,
/// the rest of the snapshot still read. And every cap of <see cref="ParseLimits"/> that bounds
/// the DWARF reader ends in its diagnostic and a partial surface.
/// </summary>
public sealed class MalformedDwarfTests
{
    private static readonly SnapshotReadOptions Options = new() { ComputeSha256 = false, DebugInfo = DebugInfoOptions.EmbeddedOnly };

    private static byte[] Bytes(string fixture) => File.ReadAllBytes(DwarfFixtures.Path(fixture));

    /// <summary>File offset of a section's bytes and of its header.</summary>
    private static (int Data, int Header) Section(byte[] file, string name)
    {
        var elf = ElfFile.Read(file);
        for (int i = 0; i < elf.Sections.Count; i++)
        {
            if (elf.Sections[i].Name == name)
            {
                return ((int)elf.Sections[i].Offset, (int)(elf.Header.ShOff + ((ulong)i * elf.Header.ShEntSize)));
            }
        }

        throw new InvalidOperationException($"no section {name}");
    }

    private static Snapshot Read(byte[] file, SnapshotReadOptions? options = null) => SnapshotReader.Read(file, "hostile.so", options ?? Options);

    private static void AssertCode(Snapshot snapshot, DiagnosticCode code)
    {
        Assert.True(snapshot.Diagnostics.Any(d => d.Code == code), $"expected {code}; got: {string.Join("; ", snapshot.Diagnostics)}");
        // The symbol-level snapshot is unaffected.
        Assert.NotEmpty(snapshot.Exports);
    }

    [Fact]
    public void A_unit_length_past_the_section()
    {
        byte[] file = Bytes("libpoint-gcc5.so");
        var (info, _) = Section(file, ".debug_info");
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(info), 0x7fff_0000);
        var snapshot = Read(file);
        AssertCode(snapshot, DiagnosticCodes.DwarfBadUnitHeader);
        Assert.Empty(snapshot.Abi!.Functions);
    }

    [Fact]
    public void An_unknown_version_skips_the_unit()
    {
        byte[] file = Bytes("libpoint-gcc5.so");
        var (info, _) = Section(file, ".debug_info");
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(info + 4), 9);
        AssertCode(Read(file), DiagnosticCodes.DwarfUnsupportedUnit);
    }

    [Fact]
    public void An_address_size_that_is_not_a_size()
    {
        byte[] file = Bytes("libpoint-gcc5.so");
        var (info, _) = Section(file, ".debug_info");
        file[info + 7] = 3; // DWARF 5: unit_length(4) version(2) unit_type(1) address_size(1)
        AssertCode(Read(file), DiagnosticCodes.DwarfBadUnitHeader);
    }

    [Fact]
    public void An_abbreviation_offset_outside_debug_abbrev()
    {
        byte[] file = Bytes("libpoint-gcc5.so");
        var (info, _) = Section(file, ".debug_info");
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(info + 8), 0x00ff_ffff);
        var snapshot = Read(file);
        AssertCode(snapshot, DiagnosticCodes.DwarfBadAbbreviation);
        Assert.True(snapshot.Abi!.Evidence.Partial);
    }

    [Fact]
    public void An_abbreviation_code_the_table_does_not_have()
    {
        byte[] file = Bytes("libpoint-gcc4.so");
        var (info, _) = Section(file, ".debug_info");
        file[info + 11] = 0x7f; // DWARF 4 header is 11 bytes; the root DIE's code follows
        AssertCode(Read(file), DiagnosticCodes.DwarfUnknownAbbreviationCode);
    }

    [Fact]
    public void A_form_nobody_defined()
    {
        byte[] file = Bytes("libpoint-gcc4.so");
        var (abbrev, _) = Section(file, ".debug_abbrev");
        // The first declaration: code, tag, children, then (attribute, form) pairs of one byte each here.
        file[abbrev + 4] = 0x7e;
        AssertCode(Read(file), DiagnosticCodes.DwarfUnknownForm);
    }

    [Fact]
    public void String_offsets_past_a_shortened_debug_str()
    {
        byte[] file = Bytes("libpoint-gcc4.so");
        var (_, header) = Section(file, ".debug_str");
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(header + 32), 4); // sh_size
        AssertCode(Read(file), DiagnosticCodes.DwarfBadString);
    }

    [Fact]
    public void A_line_table_of_an_unknown_version()
    {
        byte[] file = Bytes("libpoint-gcc4.so");
        var (line, _) = Section(file, ".debug_line");
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(line + 4), 77);
        var snapshot = Read(file);
        AssertCode(snapshot, DiagnosticCodes.DwarfBadLineTable);
        Assert.All(snapshot.Abi!.Functions, f => Assert.Null(f.DeclFile));
    }

    [Fact]
    public void A_debug_section_outside_the_file()
    {
        byte[] file = Bytes("libpoint-gcc4.so");
        var (_, header) = Section(file, ".debug_info");
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(header + 24), 0x7fff_ffff); // sh_offset
        AssertCode(Read(file), DiagnosticCodes.DwarfSectionOutOfRange);
    }

    [Fact]
    public void A_compressed_section_claiming_gigabytes_is_not_inflated()
    {
        byte[] file = Bytes("libpoint-zlib.so");
        var (info, _) = Section(file, ".debug_info");
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(info + 8), 0x7fff_ffff); // Elf64_Chdr.ch_size
        AssertCode(Read(file), DiagnosticCodes.DwarfDecompressionLimit);
    }

    [Fact]
    public void A_compressed_section_inflating_past_the_ratio_is_not_inflated()
    {
        byte[] file = Bytes("libpoint-zlib.so");
        var (info, _) = Section(file, ".debug_info");
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(info + 8), 50_000_000);
        AssertCode(Read(file), DiagnosticCodes.DwarfDecompressionLimit);
        // Below the ratio but above the byte cap.
        AssertCode(Read(Bytes("libpoint-zlib.so"), Options with { Limits = ParseLimits.Default with { MaxDebugSectionBytes = 100 } }), DiagnosticCodes.DwarfDecompressionLimit);
    }

    /// <summary>
    /// A small file may not inflate to much more than its size, whatever the ratio allows: DIEs
    /// that repeat one pattern deflate a thousandfold, and an upload of a few kilobytes must not
    /// cost a gigabyte (16 MiB + 64 bytes per byte of the file by default).
    /// </summary>
    [Fact]
    public void A_small_file_inflating_past_its_size_allowance_is_not_inflated()
    {
        byte[] file = Bytes("libpoint-zlib.so");
        var (info, _) = Section(file, ".debug_info");
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(info + 8), 16_000_000 + (64UL * (ulong)file.Length) + 1_000_000);
        var anyRatio = Options with { Limits = ParseLimits.Default with { MaxCompressionRatio = int.MaxValue } };
        AssertCode(Read(file, anyRatio), DiagnosticCodes.DwarfDecompressionLimit);

        // With a larger allowance per byte the same section gets past the caps (and is then found corrupt).
        var generous = anyRatio with { Limits = anyRatio.Limits with { MaxDebugBytesPerInputByte = 4096 } };
        var snapshot = Read(file, generous);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.DwarfDecompressionLimit);
        AssertCode(snapshot, DiagnosticCodes.DwarfDecompressionFailed);
    }

    [Fact]
    public void An_unknown_compression_type()
    {
        byte[] file = Bytes("libpoint-zstd.so");
        var (info, _) = Section(file, ".debug_info");
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(info), 7);
        AssertCode(Read(file), DiagnosticCodes.DwarfBadCompressionHeader);
    }

    [Theory]
    [InlineData("libpoint-zlib.so")]
    [InlineData("libpoint-zstd.so")]
    public void Corrupt_compressed_data(string fixture)
    {
        byte[] file = Bytes(fixture);
        var (info, _) = Section(file, ".debug_info");
        for (int i = 24 + 2; i < 24 + 40; i++)
        {
            file[info + i] ^= 0x5a;
        }

        AssertCode(Read(file), DiagnosticCodes.DwarfDecompressionFailed);
    }

    [Fact]
    public void A_zdebug_size_that_lies()
    {
        byte[] file = Bytes("libpoint-zdebug.so");
        var (info, _) = Section(file, ".zdebug_info");
        BinaryPrimitives.WriteUInt64BigEndian(file.AsSpan(info + 4), 3);
        AssertCode(Read(file), DiagnosticCodes.DwarfDecompressionFailed);
    }

    [Fact]
    public void A_relocation_of_an_unknown_type()
    {
        byte[] file = Bytes("point-gcc.o");
        var (rela, _) = Section(file, ".rela.debug_info");
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(rela + 8), 0x7777); // r_info's type
        AssertCode(Read(file), DiagnosticCodes.DwarfBadRelocation);
    }

    [Fact]
    public void The_die_budget_ends_the_read_with_a_partial_surface()
    {
        var snapshot = Read(Bytes("libpoint-gcc5.so"), Options with { Limits = ParseLimits.Default with { MaxDwarfDies = 40 } });
        AssertCode(snapshot, DiagnosticCodes.DwarfDieLimit);
        Assert.True(snapshot.Abi!.Evidence.Partial);
    }

    [Fact]
    public void The_type_cap_ends_the_read_with_a_partial_surface()
    {
        var snapshot = Read(Bytes("libpoint-gcc5.so"), Options with { Limits = ParseLimits.Default with { MaxDwarfTypes = 3 } });
        AssertCode(snapshot, DiagnosticCodes.DwarfTypeLimit);
        Assert.True(snapshot.Abi!.Evidence.Partial);
        Assert.True(snapshot.Abi.Types.Count <= 4);
    }

    [Fact]
    public void The_depth_cap_cuts_type_chains_and_deep_trees()
    {
        var snapshot = Read(Bytes("libshapes-gcc5.so"), Options with { Limits = ParseLimits.Default with { MaxDwarfDepth = 2 } });
        AssertCode(snapshot, DiagnosticCodes.DwarfDepthLimit);
        Assert.True(snapshot.Abi!.Evidence.Partial);
    }

    [Fact]
    public void The_time_budget_ends_the_read_with_a_partial_surface()
    {
        var snapshot = Read(Bytes("libpoint-gcc5.so"), Options with { Limits = ParseLimits.Default with { MaxDwarfTime = TimeSpan.Zero } });
        AssertCode(snapshot, DiagnosticCodes.DwarfTimeLimit);
        Assert.True(snapshot.Abi!.Evidence.Partial);
    }
}
