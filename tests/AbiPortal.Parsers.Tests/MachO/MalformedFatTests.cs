using System.Buffers.Binary;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>Universal headers built in code: slices out of range, overlapping, mislabelled; the 64-bit table.</summary>
public sealed class MalformedFatTests
{
    private const int X86_64 = 0x01000007;
    private const int Arm64 = 0x0100000C;

    private static Snapshot Read(byte[] data) => SnapshotReader.Read(data, "fat", new SnapshotReadOptions { ComputeSha256 = false, Demangle = false });

    /// <summary>A fat file whose slices are minimal Mach-O headers at 0x1000-aligned offsets, for the given CPUs.</summary>
    private static byte[] Fat(bool is64, params (int Entry, int Header)[] cpus)
    {
        int entrySize = is64 ? 32 : 20;
        var data = new byte[0x1000 * (cpus.Length + 1)];
        BinaryPrimitives.WriteUInt32BigEndian(data, is64 ? 0xCAFEBABFu : 0xCAFEBABEu);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), (uint)cpus.Length);
        for (int i = 0; i < cpus.Length; i++)
        {
            var e = data.AsSpan(8 + (i * entrySize));
            int offset = 0x1000 * (i + 1);
            BinaryPrimitives.WriteInt32BigEndian(e, cpus[i].Entry);
            BinaryPrimitives.WriteInt32BigEndian(e[4..], 3);
            if (is64)
            {
                BinaryPrimitives.WriteUInt64BigEndian(e[8..], (ulong)offset);
                BinaryPrimitives.WriteUInt64BigEndian(e[16..], 32);
                BinaryPrimitives.WriteUInt32BigEndian(e[24..], 12);
            }
            else
            {
                BinaryPrimitives.WriteUInt32BigEndian(e[8..], (uint)offset);
                BinaryPrimitives.WriteUInt32BigEndian(e[12..], 32);
                BinaryPrimitives.WriteUInt32BigEndian(e[16..], 12);
            }

            var h = data.AsSpan(offset);
            BinaryPrimitives.WriteUInt32LittleEndian(h, 0xFEEDFACF);
            BinaryPrimitives.WriteInt32LittleEndian(h[4..], cpus[i].Header);
            BinaryPrimitives.WriteUInt32LittleEndian(h[12..], 6);
        }

        return data;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sound_fat_files_have_one_member_per_slice(bool is64)
    {
        var snapshot = Read(Fat(is64, (X86_64, X86_64), (Arm64, Arm64)));
        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(["x86_64", "arm64"], snapshot.Members.Select(m => m.Member));
        Assert.All(snapshot.Members, m => Assert.Equal(BinaryFormat.MachO, m.Format));
    }

    [Fact]
    public void Slice_outside_the_file_is_dropped_and_diagnosed()
    {
        var data = Fat(false, (X86_64, X86_64), (Arm64, Arm64));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8 + 20 + 8), 0xFFFFFF00);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.FatSliceOutOfRange, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Equal("x86_64", Assert.Single(snapshot.Members).Member);
    }

    [Fact]
    public void Slice_over_the_fat_header_is_dropped()
    {
        var data = Fat(false, (X86_64, X86_64));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8 + 8), 0);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.FatSliceOutOfRange, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Empty(snapshot.Members);
    }

    [Fact]
    public void Overlapping_slices_are_diagnosed_and_repeated_arches_numbered()
    {
        var data = Fat(false, (X86_64, X86_64), (X86_64, X86_64));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8 + 20 + 8), 0x1010);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.FatSlicesOverlap, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Equal(["x86_64", "x86_64#2"], snapshot.Members.Select(m => m.Member));
    }

    [Fact]
    public void A_slice_repeated_by_range_or_by_bytes_is_read_once()
    {
        // Entries 2 and 3 name entry 1's range again; entry 4's slice is a byte-for-byte copy elsewhere.
        var data = Fat(false, (X86_64, X86_64), (X86_64, X86_64), (X86_64, X86_64), (X86_64, X86_64));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8 + 20 + 8), 0x1000);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8 + 40 + 8), 0x1000);
        var snapshot = Read(data);
        Assert.Equal(Enumerable.Repeat(DiagnosticCodes.FatSliceRepeated, 3), snapshot.Diagnostics.Select(d => d.Code));
        Assert.Equal(["x86_64"], snapshot.Members.Select(m => m.Member));
        Assert.False(snapshot.IsPartial);
    }

    [Fact]
    public void Slice_whose_header_names_another_cpu_is_diagnosed()
    {
        var snapshot = Read(Fat(false, (X86_64, Arm64)));
        Assert.Equal(DiagnosticCodes.FatSliceCpuMismatch, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Truncated_arch_table_is_fatal()
    {
        var data = Fat(false, (X86_64, X86_64))[..20];
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), 3);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.FatTruncatedHeader, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Equal(BinaryFormat.Fat, snapshot.Format);
        Assert.True(snapshot.HasErrors);
    }

    [Fact]
    public void Slice_count_is_capped()
    {
        var cpus = Enumerable.Range(0, 5).Select(i => i % 2 == 0 ? (X86_64, X86_64) : (Arm64, Arm64)).ToArray();
        var snapshot = SnapshotReader.Read(Fat(false, cpus), "fat", new SnapshotReadOptions { ComputeSha256 = false, Limits = ParseLimits.Default with { MaxFatSlices = 2 } });
        Assert.Equal([DiagnosticCodes.FatTooManySlices, DiagnosticCodes.PartialSnapshot], snapshot.Diagnostics.Select(d => d.Code));
        Assert.True(snapshot.IsPartial);
        Assert.Equal(2, snapshot.Members.Count);
    }
}
