using System.Buffers.Binary;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>
/// A copy of a valid little-endian ELF64 fixture whose fields are overwritten with
/// <see cref="BinaryPrimitives"/> at offsets taken from the original's headers, so that each
/// malformed-input test corrupts exactly one thing.
/// </summary>
internal sealed class ElfPatch
{
    public ElfPatch(string fixture)
    {
        Bytes = ElfFixtures.Bytes(fixture);
        Original = ElfFile.Read(Bytes.ToArray());
    }

    public byte[] Bytes { get; private set; }

    public ElfFile Original { get; }

    public ElfSectionHeader Section(string name) => Original.Sections.Single(s => s.Name == name);

    /// <summary>File offset of the Elf64_Shdr of section <paramref name="name"/>.</summary>
    public int SectionHeader(string name)
        => (int)Original.Header.ShOff + (Original.Sections.ToList().FindIndex(s => s.Name == name) * ElfSectionHeader.Size64);

    /// <summary>File offset of a virtual address, through the first PT_LOAD that maps it.</summary>
    public int FileOffset(ulong address)
    {
        var load = Original.Segments.First(p => p.Type == 1 && address >= p.VAddr && address - p.VAddr < p.FileSize);
        return (int)(load.Offset + (address - load.VAddr));
    }

    public ulong Dynamic(long tag) => Original.DynamicEntries.Last(e => e.Tag == tag).Value;

    public ElfPatch U16(int offset, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(Bytes.AsSpan(offset), value);
        return this;
    }

    public ElfPatch U32(int offset, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(Bytes.AsSpan(offset), value);
        return this;
    }

    public ElfPatch U64(int offset, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(Bytes.AsSpan(offset), value);
        return this;
    }

    public ElfPatch Truncate(int length)
    {
        Bytes = Bytes[..length];
        return this;
    }

    public Snapshot Read(ParseLimits? limits = null)
        => SnapshotReader.Read(Bytes, "patched", new SnapshotReadOptions { Demangle = false, Limits = limits ?? ParseLimits.Default });

    public HashSet<DiagnosticCode> Codes(ParseLimits? limits = null) => Read(limits).Diagnostics.Select(d => d.Code).ToHashSet();
}
