using System.Buffers.Binary;
using System.Text;
using AbiPortal.Parsers.Archives;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Archives;

/// <summary>Archives built in code: each corrupts one thing, or exercises a layout no local tool writes.</summary>
public sealed class MalformedArchiveTests
{
    private static readonly SnapshotReadOptions Options = new() { ComputeSha256 = false, Demangle = false };

    /// <summary>A real Mach-O object (clang, from tests/fixtures/macho) to use as member bytes.</summary>
    private static byte[] MachOObject => File.ReadAllBytes(TestPaths.Fixture("macho", "base.x86_64.o"));

    private static string[] MachOObjectExports => SnapshotReader.Read(MachOObject, "o", Options).Exports.Select(e => e.Name!).ToArray();

    private static Snapshot Read(byte[] data, ParseLimits? limits = null)
        => SnapshotReader.Read(data, "lib.a", Options with { Limits = limits ?? ParseLimits.Default });

    private static ArchiveBuilder IndexedArchive()
    {
        var builder = new ArchiveBuilder().Member("base.o", MachOObject);
        foreach (string name in MachOObjectExports)
        {
            builder.Symbol(name, 0);
        }

        return builder;
    }

    [Fact]
    public void A_sound_index_gives_no_diagnostics()
    {
        var snapshot = Read(IndexedArchive().Build());
        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal("base.o", Assert.Single(snapshot.Members).Member);
    }

    [Fact]
    public void Index_listing_a_symbol_the_member_lacks_is_diagnosed()
    {
        var snapshot = Read(IndexedArchive().Symbol("_not_there", 0).Build());
        Assert.Equal(DiagnosticCodes.ArSymbolIndexExtraSymbol, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Member_global_missing_from_the_index_is_diagnosed()
    {
        var builder = new ArchiveBuilder().Member("base.o", MachOObject);
        foreach (string name in MachOObjectExports.Skip(1))
        {
            builder.Symbol(name, 0);
        }

        var snapshot = Read(builder.Build());
        Assert.Equal(DiagnosticCodes.ArSymbolIndexMissingSymbol, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Index_entry_pointing_at_no_member_is_diagnosed()
    {
        var snapshot = Read(IndexedArchive().Symbol("_stray", -1).Build());
        Assert.Equal(DiagnosticCodes.ArSymbolIndexBadOffset, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Index_count_larger_than_the_index_is_diagnosed()
    {
        var data = IndexedArchive().Build();
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(68), 0x40000000);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.ArBadSymbolIndex, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Single(snapshot.Members);
    }

    [Fact]
    public void Bad_header_terminator_stops_the_walk()
    {
        var data = new ArchiveBuilder().Member("a.o", MachOObject).Member("b.o", MachOObject).Build();
        int second = 8 + 60 + MachOObject.Length + (MachOObject.Length & 1);
        data[second + 58] = (byte)'X';
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.ArBadMemberHeader, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Equal("a.o", Assert.Single(snapshot.Members).Member);
    }

    [Fact]
    public void Size_past_the_end_stops_the_walk()
    {
        var data = new ArchiveBuilder().Member("a.o", MachOObject).Build();
        Encoding.ASCII.GetBytes("9999999999").CopyTo(data, 8 + 48);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.ArMemberOutOfRange, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Empty(snapshot.Members);
    }

    [Fact]
    public void Long_name_without_a_table_is_diagnosed()
    {
        var data = new ArchiveBuilder().Member("a.o", MachOObject).Build();
        Encoding.ASCII.GetBytes("/42             ").CopyTo(data, 8);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.ArBadLongName, Assert.Single(snapshot.Diagnostics).Code);
        Assert.Single(snapshot.Members);
    }

    [Theory]
    [InlineData("#1/abc          ")]
    [InlineData("#1/99999999     ")]
    public void Bad_bsd_name_length_is_diagnosed(string name)
    {
        var data = new ArchiveBuilder().Member("a.o", MachOObject).Build();
        Encoding.ASCII.GetBytes(name).CopyTo(data, 8);
        var snapshot = Read(data);
        Assert.Equal(DiagnosticCodes.ArBadBsdName, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public void Thin_archive_bsd_name_cannot_reach_outside_bytes()
    {
        var data = new ArchiveBuilder().Member("a.o", []).Build();
        Encoding.ASCII.GetBytes("!<thin>\n#1/40           ").CopyTo(data, 0);
        var snapshot = Read(data);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.ArBadBsdName);
    }

    [Fact]
    public void Member_count_is_capped()
    {
        var builder = new ArchiveBuilder();
        for (int i = 0; i < 5; i++)
        {
            builder.Member($"m{i}.o", MachOObject);
        }

        var snapshot = Read(builder.Build(), ParseLimits.Default with { MaxArchiveMembers = 3 });
        Assert.Equal([DiagnosticCodes.ArTooManyMembers, DiagnosticCodes.PartialSnapshot], snapshot.Diagnostics.Select(d => d.Code));
        Assert.True(snapshot.IsPartial);
        Assert.Equal(3, snapshot.Members.Count);
    }

    [Fact]
    public void Wrong_magic_throws_from_Read_and_fails_TryRead()
    {
        byte[] data = Encoding.ASCII.GetBytes("!<arkh>\n");
        Assert.Equal(DiagnosticCodes.ArBadMagic, Assert.Throws<BinaryFormatException>(() => ArArchive.Read(data)).Diagnostic.Code);
        Assert.False(ArArchive.TryRead(data, out var archive, out var error));
        Assert.Null(archive);
        Assert.Equal(DiagnosticCodes.ArBadMagic, error!.Code);
    }

    [Fact]
    public void Msvc_second_linker_member_is_read_and_preferred()
    {
        byte[] member = MachOObject;
        string[] symbols = MachOObjectExports.Order(StringComparer.Ordinal).ToArray();
        int namesSize = symbols.Sum(s => s.Length + 1);

        // First linker member: big-endian count and offsets, names in any order.
        int firstSize = 4 + (4 * symbols.Length) + namesSize;
        // Second linker member: little-endian member count/offsets, symbol count, 16-bit indices, sorted names.
        int secondSize = 4 + 4 + 4 + (2 * symbols.Length) + namesSize;
        int firstAt = 8;
        int secondAt = firstAt + 60 + firstSize + (firstSize & 1);
        int memberAt = secondAt + 60 + secondSize + (secondSize & 1);

        var first = new byte[firstSize];
        BinaryPrimitives.WriteUInt32BigEndian(first, (uint)symbols.Length);
        var second = new byte[secondSize];
        BinaryPrimitives.WriteUInt32LittleEndian(second, 1);
        BinaryPrimitives.WriteUInt32LittleEndian(second.AsSpan(4), (uint)memberAt);
        BinaryPrimitives.WriteUInt32LittleEndian(second.AsSpan(8), (uint)symbols.Length);
        int firstNames = 4 + (4 * symbols.Length);
        int secondNames = 12 + (2 * symbols.Length);
        for (int i = 0; i < symbols.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(first.AsSpan(4 + (4 * i)), (uint)memberAt);
            BinaryPrimitives.WriteUInt16LittleEndian(second.AsSpan(12 + (2 * i)), 1);
            Encoding.ASCII.GetBytes(symbols[i]).CopyTo(first, firstNames);
            Encoding.ASCII.GetBytes(symbols[i]).CopyTo(second, secondNames);
            firstNames += symbols[i].Length + 1;
            secondNames += symbols[i].Length + 1;
        }

        var data = new List<byte>(Encoding.ASCII.GetBytes("!<arch>\n"));
        foreach (var body in new[] { first, second })
        {
            data.AddRange(ArchiveBuilder.Header("/", body.Length));
            data.AddRange(body);
            if ((body.Length & 1) != 0)
            {
                data.Add((byte)'\n');
            }
        }

        data.AddRange(ArchiveBuilder.Header("base.obj/", member.Length));
        data.AddRange(member);

        var archive = ArArchive.Read(data.ToArray());
        Assert.Equal(ArArchiveKind.Coff, archive.Kind);
        Assert.Equal("second linker member", archive.SymbolIndexName);
        Assert.Equal(symbols, archive.Symbols.Select(s => s.Name));
        Assert.All(archive.Symbols, s => Assert.Equal(memberAt, s.MemberHeaderOffset));
        Assert.Empty(Read(data.ToArray()).Diagnostics);

        // A member index past the member count makes the second member unusable; the first stays.
        var broken = data.ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(broken.AsSpan(secondAt + 60 + 12), 9);
        var fallback = ArArchive.Read(broken);
        Assert.Equal(DiagnosticCodes.ArBadSymbolIndex, Assert.Single(fallback.Diagnostics).Code);
        Assert.Equal("/", fallback.SymbolIndexName);
        Assert.Equal(symbols.Length, fallback.Symbols.Count);
    }
}
