using System.Buffers.Binary;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.MachO;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>Headers and load commands corrupted one field at a time.</summary>
public sealed class MalformedMachOTests
{
    private static Snapshot Read(byte[] data) => SnapshotReader.Read(data, "bad", new SnapshotReadOptions { ComputeSha256 = false, Demangle = false });

    private static byte[] Valid() => new MachOImageBuilder().LoadDylib("/usr/lib/libSystem.B.dylib").Build();

    [Fact]
    public void The_builder_output_is_clean()
    {
        var snapshot = Read(Valid());
        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal("/usr/lib/libSystem.B.dylib", Assert.Single(snapshot.Dependencies).Name);
    }

    [Fact]
    public void Truncated_header_is_fatal()
    {
        var snapshot = Read(Valid()[..20]);
        Assert.Equal(DiagnosticCodes.MachOTruncatedHeader, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Equal(DiagnosticSeverity.Error, snapshot.Diagnostics[0].Severity);
        Assert.Equal(BinaryFormat.MachO, snapshot.Format);
        Assert.Throws<BinaryFormatException>(() => MachOFile.Read(Valid()[..20]));
        Assert.False(MachOFile.TryRead(Valid()[..20], out _, out var error));
        Assert.Equal(DiagnosticCodes.MachOTruncatedHeader, error!.Code);
    }

    [Theory]
    [InlineData(3u)]
    [InlineData(12u)] // not a multiple of 8 in a 64-bit image
    [InlineData(0x10000u)]
    public void Bad_cmdsize_stops_the_walk(uint cmdsize)
    {
        var data = Valid();
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(32 + 4), cmdsize);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.MachOBadLoadCommandSize, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Empty(snapshot.Dependencies);
    }

    [Fact]
    public void Sizeofcmds_past_the_end_is_diagnosed()
    {
        var data = Valid();
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(20), 0x7FFFFFFF);
        var snapshot = Read(data);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.MachOLoadCommandsOutOfRange);
        Assert.Single(snapshot.Dependencies); // what is there is still read
    }

    [Fact]
    public void Dylib_name_outside_its_command_is_diagnosed()
    {
        var data = Valid();
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(32 + 8), 0x1000);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.MachOBadLoadCommand, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Symbol_table_outside_the_file_is_diagnosed()
    {
        var symtab = new byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(symtab, MachOImageBuilder.LC_SYMTAB);
        BinaryPrimitives.WriteUInt32LittleEndian(symtab.AsSpan(4), 24);
        BinaryPrimitives.WriteUInt32LittleEndian(symtab.AsSpan(8), 0x40); // symoff
        BinaryPrimitives.WriteUInt32LittleEndian(symtab.AsSpan(12), 0x10000000); // nsyms: far more than the file holds
        var snapshot = Read(new MachOImageBuilder().Raw(symtab).Build());
        Assert.Equal(DiagnosticCodes.MachOSymbolTableOutOfRange, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Big_endian_powerpc_header_is_read_byte_swapped()
    {
        // A 32-bit MH_MAGIC written big endian (MH_CIGAM as a little-endian host sees it),
        // CPU_TYPE_POWERPC, MH_OBJECT, no load commands.
        var data = new byte[28];
        BinaryPrimitives.WriteUInt32BigEndian(data, 0xFEEDFACE);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), 18);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(12), 1);
        var snapshot = Read(data);
        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(("ppc", 32, Endianness.Big, BinaryKind.Object), (snapshot.Arch, snapshot.Bits!.Value, snapshot.Endian!.Value, snapshot.Kind));
    }
}
