using AbiPortal.Parsers.Snapshots;
using static AbiPortal.Parsers.Tests.PE.PEImageBuilder;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>ARM64EC and ARM64X are told apart from x64 and ARM64 by the load configuration's CHPE pointer.</summary>
public sealed class PEHybridTests
{
    private static byte[] WithLoadConfig(ushort machine, ulong chpePointer, uint structureSize = 0x140)
    {
        var b = Build();
        U16(b, FileHeader, machine);
        int at = RData + 0x300;
        U32(b, at, structureSize);
        U64(b, at + 0xC8, chpePointer);
        Directory(b, 10, RDataRva + 0x300, 0x40);
        return b;
    }

    [Theory]
    [InlineData((ushort)0x8664, 0x180005000UL, "arm64ec", "IMAGE_FILE_MACHINE_AMD64")]
    [InlineData((ushort)0xAA64, 0x180005000UL, "arm64x", "IMAGE_FILE_MACHINE_ARM64")]
    [InlineData((ushort)0x8664, 0UL, "x86_64", "IMAGE_FILE_MACHINE_AMD64")]
    [InlineData((ushort)0xAA64, 0UL, "aarch64", "IMAGE_FILE_MACHINE_ARM64")]
    public void Chpe_metadata_selects_the_hybrid_arch(ushort machine, ulong pointer, string arch, string machineName)
    {
        var s = SnapshotReader.Read(WithLoadConfig(machine, pointer), "h.dll");
        Assert.Empty(s.Diagnostics);
        Assert.Equal((arch, machineName), (s.Arch, s.Identity.Machine));
    }

    [Fact]
    public void An_old_load_config_too_small_for_the_pointer_is_not_hybrid()
        => Assert.Equal("x86_64", SnapshotReader.Read(WithLoadConfig(0x8664, 0x180005000UL, structureSize: 0x94), "h.dll").Arch);
}
