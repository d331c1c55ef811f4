using System.Buffers.Binary;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Finds the debug sections of an ELF file: <c>.debug_*</c> (plain or SHF_COMPRESSED with an
/// Elf32/64_Chdr, gABI "Section Compression"), the old <c>.zdebug_*</c> ("ZLIB" + 8-byte big-endian
/// size), and the links to separate files (<c>.gnu_debuglink</c>, <c>.gnu_debugaltlink</c>,
/// <c>.debug_sup</c>). In relocatable objects the <c>.rel(a).debug_*</c> relocations are applied
/// (<see cref="DwarfRelocator"/>), since there every cross-section offset and address is a relocation.
/// </summary>
internal static class ElfDwarfLoader
{
    private static readonly (string Name, DwarfSection Section)[] Names =
    [
        ("info", DwarfSection.Info), ("abbrev", DwarfSection.Abbrev), ("str", DwarfSection.Str),
        ("line_str", DwarfSection.LineStr), ("str_offsets", DwarfSection.StrOffsets), ("addr", DwarfSection.Addr),
        ("line", DwarfSection.Line), ("types", DwarfSection.Types), ("sup", DwarfSection.Sup),
    ];

    public static DwarfSections Load(ElfFile file, ReadOnlyMemory<byte> data, ParseLimits limits, DiagnosticBag bag)
    {
        var header = file.Header;
        var r = new ByteReader(data.Span, header.IsBigEndian);
        bool relocatable = header.Type == ElfConstants.ET_REL;
        long remaining = DebugBytesAllowed(limits, data.Length);
        var loaded = new Dictionary<DwarfSection, (int Index, ReadOnlyMemory<byte> Bytes, bool Owned)>();
        string? debugLink = null, altLink = null, altId = null;
        uint crc = 0;
        for (int i = 0; i < file.Sections.Count; i++)
        {
            var s = file.Sections[i];
            string name = s.Name;
            if (name is ".gnu_debuglink" or ".gnu_debugaltlink")
            {
                if (s.Type != ElfConstants.SHT_NOBITS && r.TrySlice(s.Offset, s.Size, out var link))
                {
                    ReadLink(link, header.IsBigEndian, name == ".gnu_debuglink", ref debugLink, ref crc, ref altLink, ref altId);
                }

                continue;
            }

            bool zdebug = name.StartsWith(".zdebug_", StringComparison.Ordinal);
            if (!zdebug && !name.StartsWith(".debug_", StringComparison.Ordinal))
            {
                continue;
            }

            string key = name[(zdebug ? 8 : 7)..];
            int k = Array.FindIndex(Names, n => n.Name == key);
            if (k < 0 || loaded.ContainsKey(Names[k].Section) || s.Type == ElfConstants.SHT_NOBITS)
            {
                continue;
            }

            long at = (long)Math.Min(s.Offset, long.MaxValue);
            if (!r.IsValidRange(s.Offset, s.Size))
            {
                bag.Warning(DiagnosticCodes.DwarfSectionOutOfRange, at, $"{name}: file range 0x{s.Offset:x}+0x{s.Size:x} lies outside the file.");
                continue;
            }

            var raw = data.Slice((int)s.Offset, (int)s.Size);
            ReadOnlyMemory<byte> bytes = raw;
            bool owned = false;
            if ((s.Flags & DwarfConstants.SHF_COMPRESSED) != 0)
            {
                bytes = Decompress(raw, header.Is64, header.IsBigEndian, name, at, limits, ref remaining, bag) ?? ReadOnlyMemory<byte>.Empty;
                owned = true;
            }
            else if (zdebug)
            {
                bytes = DecompressZdebug(raw, name, at, limits, ref remaining, bag) ?? ReadOnlyMemory<byte>.Empty;
                owned = true;
            }

            if (!bytes.IsEmpty)
            {
                loaded[Names[k].Section] = (i, bytes, owned);
            }
        }

        var sup = loaded.TryGetValue(DwarfSection.Sup, out var supSection) ? DwarfSupSection.Read(supSection.Bytes.Span, header.IsBigEndian) : null;
        var result = new DwarfSections(header.IsBigEndian, header.Is64 ? 8 : 4)
        {
            BuildId = file.BuildId,
            DebugLink = debugLink,
            DebugLinkCrc = crc,
            AltLink = sup is { IsSupplementary: false } ? sup.FileName : altLink,
            AltLinkBuildId = sup is { IsSupplementary: false } ? sup.Checksum : altId,
            IsSupplementary = sup is { IsSupplementary: true },
            Relocatable = relocatable,
            FileLength = data.Length,
        };
        foreach (var (section, (index, bytes, owned)) in loaded)
        {
            result[section] = relocatable ? DwarfRelocator.Apply(file, data, index, bytes, owned, bag) : bytes;
        }

        return result;
    }

    /// <summary>
    /// <c>.gnu_debuglink</c>: file name, NUL, padding to 4, CRC-32 in the file's byte order.
    /// <c>.gnu_debugaltlink</c>: file name, NUL, the supplementary file's build id.
    /// </summary>
    private static void ReadLink(ReadOnlySpan<byte> bytes, bool bigEndian, bool isDebugLink, ref string? debugLink, ref uint crc, ref string? altLink, ref string? altId)
    {
        int nul = bytes.IndexOf((byte)0);
        if (nul <= 0)
        {
            return;
        }

        string name = TextDecoding.Utf8String(bytes[..nul]);
        if (isDebugLink)
        {
            int crcAt = (nul + 4) & ~3;
            if (crcAt + 4 <= bytes.Length)
            {
                debugLink = name;
                crc = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[crcAt..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[crcAt..]);
            }
        }
        else
        {
            altLink = name;
            altId = nul + 1 < bytes.Length ? TextDecoding.Hex(bytes[(nul + 1)..]) : null;
        }
    }

    /// <summary>SHF_COMPRESSED: Elf64_Chdr (ch_type, ch_reserved, ch_size, ch_addralign) or Elf32_Chdr (ch_type, ch_size, ch_addralign), then the stream.</summary>
    private static byte[]? Decompress(ReadOnlyMemory<byte> raw, bool is64, bool bigEndian, string name, long at, ParseLimits limits, ref long remaining, DiagnosticBag bag)
    {
        var r = new ByteReader(raw.Span, bigEndian);
        int headerSize = is64 ? 24 : 12;
        if (!r.TryReadUInt32(0, out uint type) || !r.TryReadWord(is64 ? 8u : 4u, is64, out ulong size) || raw.Length < headerSize)
        {
            bag.Warning(DiagnosticCodes.DwarfBadCompressionHeader, at, $"{name}: SHF_COMPRESSED but shorter than its Elf{(is64 ? 64 : 32)}_Chdr.");
            return null;
        }

        return DwarfDecompressor.Inflate(raw[headerSize..], type, size, name, at, limits, ref remaining, bag);
    }

    /// <summary>The GNU <c>.zdebug_*</c> form: "ZLIB", the decompressed size as 8 big-endian bytes, a zlib stream.</summary>
    private static byte[]? DecompressZdebug(ReadOnlyMemory<byte> raw, string name, long at, ParseLimits limits, ref long remaining, DiagnosticBag bag)
    {
        var r = new ByteReader(raw.Span, bigEndian: true);
        if (!r.TrySlice(0, 4, out var magic) || !magic.SequenceEqual("ZLIB"u8) || !r.TryReadUInt64(4, out ulong size))
        {
            bag.Warning(DiagnosticCodes.DwarfBadCompressionHeader, at, $"{name}: lacks the \"ZLIB\" header and size of a .zdebug section.");
            return null;
        }

        return DwarfDecompressor.Inflate(raw[12..], DwarfConstants.ELFCOMPRESS_ZLIB, size, name, at, limits, ref remaining, bag);
    }

    /// <summary>
    /// How many decompressed bytes this file's debug sections may take together: the fixed cap, or
    /// less for a small file (<see cref="ParseLimits.MaxDebugBytesPerInputByte"/>).
    /// </summary>
    internal static long DebugBytesAllowed(ParseLimits limits, long inputLength)
    {
        const long Base = 16 << 20;
        long perByte = Math.Max(0, limits.MaxDebugBytesPerInputByte);
        // Saturating: the product of a 2 GiB file and a large factor must not wrap.
        long grown = inputLength > 0 && perByte > (long.MaxValue / 2) / inputLength ? long.MaxValue / 2 : perByte * Math.Max(0, inputLength);
        return Math.Min(limits.MaxDebugSectionBytes, Base + grown);
    }
}
