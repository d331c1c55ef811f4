using System.Buffers.Binary;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>
/// The hardening facts read from the diff fixture pairs (tests/fixtures/diff/build.sh builds
/// each side with the flags named here), checked against what readelf, llvm-readobj and otool
/// print for the same files; and a malformed GNU property note built in code.
/// </summary>
public sealed class HardeningReaderTests
{
    private static Snapshot Read(string pair, string side)
    {
        string dir = Path.Combine(TestPaths.Fixtures("diff"), pair);
        return SnapshotReader.ReadFile(Directory.GetFiles(dir, side + ".*").Single());
    }

    [Fact]
    public void Elf_flags_are_read_as_gcc_and_ld_set_them()
    {
        // -fstack-protector-strong -fcf-protection=full -z relro -z now -z noexecstack
        var hardened = Read("hardening-dropped", "old").Hardening!;
        Assert.Equal((RelroLevel.Full, true, false, false), (hardened.Relro, hardened.StackProtector, hardened.ExecutableStack, hardened.StaticTls));
        Assert.Equal(["ibt", "shstk"], hardened.ControlFlow);
        Assert.Equal((null, null, null), (hardened.Aslr, hardened.HighEntropyAslr, hardened.Nx));

        // -fno-stack-protector -fcf-protection=none -z norelro -z lazy -z execstack
        var bare = Read("hardening-dropped", "new").Hardening!;
        Assert.Equal((RelroLevel.None, false, true), (bare.Relro, bare.StackProtector, bare.ExecutableStack));
        Assert.Empty(bare.ControlFlow!);

        Assert.Equal(RelroLevel.Partial, Read("relro-partial", "new").Hardening!.Relro);
        Assert.Equal((false, true), (Read("static-tls", "old").Hardening!.StaticTls, Read("static-tls", "new").Hardening!.StaticTls));
    }

    [Fact]
    public void AArch64_branch_protection_comes_from_the_gnu_property_note()
    {
        Assert.Equal(["bti", "pac"], Read("bti-lost", "old").Hardening!.ControlFlow);
        Assert.Empty(Read("bti-lost", "new").Hardening!.ControlFlow!);
    }

    [Fact]
    public void PE_dll_characteristics_and_cetcompat_are_read()
    {
        var on = Read("pe-hardening-dropped", "old").Hardening!;
        Assert.Equal((true, true, true), (on.Aslr, on.HighEntropyAslr, on.Nx));
        Assert.Equal(["cfg", "shstk"], on.ControlFlow);
        var off = Read("pe-hardening-dropped", "new").Hardening!;
        Assert.Equal((false, false, false), (off.Aslr, off.HighEntropyAslr, off.Nx));
        Assert.Empty(off.ControlFlow!);
        Assert.Null(on.Relro);
    }

    [Fact]
    public void Mach_o_executables_say_whether_they_are_pie()
    {
        var pie = Read("macho-pie-dropped", "old");
        Assert.Equal((true, false), (pie.Identity.Pie, Read("macho-pie-dropped", "new").Identity.Pie));
        Assert.Equal((false, false), (pie.Hardening!.StackProtector, pie.Hardening.ExecutableStack));
        Assert.Null(Read("macho-min-os-raised", "old").Identity.Pie);
    }

    [Fact]
    public void Objects_and_archives_have_no_hardening()
        => Assert.Null(SnapshotReader.ReadFile(TestPaths.Fixture("elf", "object.o")).Hardening);

    [Fact]
    public void A_gnu_property_longer_than_its_note_is_reported_and_ignored()
    {
        byte[] bytes = File.ReadAllBytes(Directory.GetFiles(Path.Combine(TestPaths.Fixtures("diff"), "cet-lost"), "old.*").Single());

        // pr_type GNU_PROPERTY_X86_FEATURE_1_AND followed by pr_datasz 4: make the size run past the note.
        byte[] property = [0x02, 0x00, 0x00, 0xc0, 0x04, 0x00, 0x00, 0x00];
        int at = bytes.AsSpan().IndexOf(property);
        Assert.True(at > 0, "the fixture has no x86 feature property");
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4), 0xfff0);

        var snapshot = SnapshotReader.Read(bytes, "patched.so");
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.ElfInvalidNote && d.Severity == DiagnosticSeverity.Warning);
        Assert.Empty(snapshot.Hardening!.ControlFlow!);
        Assert.Equal(RelroLevel.Partial, snapshot.Hardening.Relro);
    }
}
