using System.Buffers.Binary;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Applies the relocations of one debug section of a relocatable object (SHT_RELA / SHT_REL
/// sections whose sh_info names it). In a <c>.o</c> file every DW_FORM_strp, sec_offset and
/// ref_addr is a relocation against the target section's symbol, and the field itself holds 0
/// (RELA) or the addend (REL); only the absolute data relocations of each machine's psABI appear
/// in debug sections, and those are the ones applied here.
/// </summary>
internal static class DwarfRelocator
{
    private const uint SHT_RELA = 4;
    private const uint SHT_REL = 9;

    public static ReadOnlyMemory<byte> Apply(ElfFile file, ReadOnlyMemory<byte> data, int sectionIndex, ReadOnlyMemory<byte> bytes, bool owned, DiagnosticBag bag)
    {
        byte[]? copy = null;
        var header = file.Header;
        var r = new ByteReader(data.Span, header.IsBigEndian);
        for (int i = 0; i < file.Sections.Count; i++)
        {
            var rel = file.Sections[i];
            if ((rel.Type != SHT_RELA && rel.Type != SHT_REL) || rel.Info != (uint)sectionIndex)
            {
                continue;
            }

            bool rela = rel.Type == SHT_RELA;
            ulong entry = header.Is64 ? (rela ? 24u : 16u) : (rela ? 12u : 8u);
            if (!r.IsValidRange(rel.Offset, rel.Size) || rel.Size % entry != 0)
            {
                bag.Warning(DiagnosticCodes.DwarfBadRelocation, (long)Math.Min(rel.Offset, long.MaxValue), $"{rel.Name}: not a table of {entry}-byte entries inside the file; not applied.");
                continue;
            }

            copy ??= owned && System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
                ? segment.Array
                : bytes.ToArray();
            ApplyTable(file, r, rel, rela, entry, copy, bag);
        }

        return copy ?? bytes;
    }

    private static void ApplyTable(ElfFile file, ByteReader r, ElfSectionHeader rel, bool rela, ulong entry, byte[] target, DiagnosticBag bag)
    {
        var header = file.Header;
        var symbols = file.Symbols ?? [];
        int unknown = 0, outside = 0;
        for (ulong at = rel.Offset; at < rel.Offset + rel.Size; at += entry)
        {
            ulong offset, info;
            long addend = 0;
            if (header.Is64)
            {
                r.TryReadUInt64(at, out offset);
                r.TryReadUInt64(at + 8, out info);
                if (rela)
                {
                    r.TryReadInt64(at + 16, out addend);
                }
            }
            else
            {
                r.TryReadUInt32(at, out uint o32);
                r.TryReadUInt32(at + 4, out uint i32);
                offset = o32;
                info = i32;
                if (rela)
                {
                    r.TryReadInt32(at + 8, out int a32);
                    addend = a32;
                }
            }

            uint type = header.Is64 ? (uint)info : (uint)(info & 0xff);
            ulong symbol = header.Is64 ? info >> 32 : info >> 8;
            var (width, kind) = Describe(header.Machine, type);
            if (kind == Kind.None)
            {
                continue;
            }

            if (kind == Kind.Unknown)
            {
                unknown++;
                continue;
            }

            if (offset > (ulong)target.Length || (ulong)width > (ulong)target.Length - offset)
            {
                outside++;
                continue;
            }

            ulong s = symbol < (ulong)symbols.Count ? symbols[(int)symbol].Value : 0;
            var field = target.AsSpan((int)offset, width);
            ulong current = Read(field, header.IsBigEndian);
            ulong a = rela ? (ulong)addend : current;
            ulong value = kind switch
            {
                Kind.Add => current + s + (ulong)addend,
                Kind.Sub => current - s - (ulong)addend,
                _ => s + a,
            };
            Write(field, value, header.IsBigEndian);
        }

        if (unknown > 0 || outside > 0)
        {
            bag.Warning(DiagnosticCodes.DwarfBadRelocation, (long)Math.Min(rel.Offset, long.MaxValue), $"{rel.Name}: {unknown} relocations of types this reader does not apply and {outside} outside their section were skipped.");
        }
    }

    private enum Kind
    {
        None,
        Absolute,
        Add,
        Sub,
        Unknown,
    }

    /// <summary>Width and meaning of the data relocations each psABI uses in debug sections.</summary>
    private static (int Width, Kind Kind) Describe(ushort machine, uint type) => (machine, type) switch
    {
        (_, 0) => (0, Kind.None),
        // x86-64 psABI: R_X86_64_64, _32, _32S, _DTPOFF64, _DTPOFF32.
        (62, 1) or (62, 17) => (8, Kind.Absolute),
        (62, 10) or (62, 11) or (62, 21) => (4, Kind.Absolute),
        // i386: R_386_32, R_386_TLS_LDO_32.
        (3, 1) or (3, 32) => (4, Kind.Absolute),
        // AArch64: R_AARCH64_ABS64, ABS32.
        (183, 257) => (8, Kind.Absolute),
        (183, 258) => (4, Kind.Absolute),
        // PowerPC64: R_PPC64_ADDR64, ADDR32, DTPREL64; PowerPC: R_PPC_ADDR32, DTPREL32.
        (21, 38) or (21, 78) => (8, Kind.Absolute),
        (21, 1) or (20, 1) or (20, 78) => (4, Kind.Absolute),
        // MIPS (o32, REL): R_MIPS_32, TLS_DTPREL32.
        (8, 2) or (8, 39) => (4, Kind.Absolute),
        // ARM: R_ARM_ABS32, TLS_LDO32.
        (40, 2) or (40, 106) => (4, Kind.Absolute),
        // RISC-V: R_RISCV_32, _64, and the ADD/SUB pairs used for label differences.
        (243, 1) => (4, Kind.Absolute),
        (243, 2) => (8, Kind.Absolute),
        (243, 33) => (1, Kind.Add),
        (243, 34) => (2, Kind.Add),
        (243, 35) => (4, Kind.Add),
        (243, 36) => (8, Kind.Add),
        (243, 37) => (1, Kind.Sub),
        (243, 38) => (2, Kind.Sub),
        (243, 39) => (4, Kind.Sub),
        (243, 40) => (8, Kind.Sub),
        // RISC-V relaxation markers carry no value.
        (243, 51) => (0, Kind.None),
        _ => (0, Kind.Unknown),
    };

    private static ulong Read(ReadOnlySpan<byte> field, bool bigEndian) => field.Length switch
    {
        1 => field[0],
        2 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(field) : BinaryPrimitives.ReadUInt16LittleEndian(field),
        4 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(field) : BinaryPrimitives.ReadUInt32LittleEndian(field),
        _ => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(field) : BinaryPrimitives.ReadUInt64LittleEndian(field),
    };

    private static void Write(Span<byte> field, ulong value, bool bigEndian)
    {
        switch (field.Length)
        {
            case 1:
                field[0] = (byte)value;
                break;
            case 2:
                if (bigEndian) { BinaryPrimitives.WriteUInt16BigEndian(field, (ushort)value); } else { BinaryPrimitives.WriteUInt16LittleEndian(field, (ushort)value); }
                break;
            case 4:
                if (bigEndian) { BinaryPrimitives.WriteUInt32BigEndian(field, (uint)value); } else { BinaryPrimitives.WriteUInt32LittleEndian(field, (uint)value); }
                break;
            default:
                if (bigEndian) { BinaryPrimitives.WriteUInt64BigEndian(field, value); } else { BinaryPrimitives.WriteUInt64LittleEndian(field, value); }
                break;
        }
    }
}
