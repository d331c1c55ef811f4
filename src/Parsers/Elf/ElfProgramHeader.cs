using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>A program header (Elf32_Phdr / Elf64_Phdr, gABI 5 "Program Header").</summary>
public readonly record struct ElfProgramHeader
{
    /// <summary>Size of Elf32_Phdr.</summary>
    public const int Size32 = 32;

    /// <summary>Size of Elf64_Phdr.</summary>
    public const int Size64 = 56;

    /// <summary>p_type.</summary>
    public uint Type { get; init; }

    /// <summary>p_flags.</summary>
    public uint Flags { get; init; }

    /// <summary>p_offset.</summary>
    public ulong Offset { get; init; }

    /// <summary>p_vaddr.</summary>
    public ulong VAddr { get; init; }

    /// <summary>p_paddr.</summary>
    public ulong PAddr { get; init; }

    /// <summary>p_filesz.</summary>
    public ulong FileSize { get; init; }

    /// <summary>p_memsz.</summary>
    public ulong MemSize { get; init; }

    /// <summary>p_align.</summary>
    public ulong Align { get; init; }

    /// <summary>Reads one header; the caller has checked the table against the file. The 32- and 64-bit layouts order p_flags differently.</summary>
    internal static ElfProgramHeader Read(ByteReader r, ulong at, bool is64)
    {
        r.TryReadUInt32(at, out uint type);
        if (is64)
        {
            r.TryReadUInt32(at + 4, out uint flags);
            r.TryReadUInt64(at + 8, out ulong offset);
            r.TryReadUInt64(at + 16, out ulong vaddr);
            r.TryReadUInt64(at + 24, out ulong paddr);
            r.TryReadUInt64(at + 32, out ulong filesz);
            r.TryReadUInt64(at + 40, out ulong memsz);
            r.TryReadUInt64(at + 48, out ulong align);
            return new ElfProgramHeader { Type = type, Flags = flags, Offset = offset, VAddr = vaddr, PAddr = paddr, FileSize = filesz, MemSize = memsz, Align = align };
        }

        r.TryReadUInt32(at + 4, out uint offset32);
        r.TryReadUInt32(at + 8, out uint vaddr32);
        r.TryReadUInt32(at + 12, out uint paddr32);
        r.TryReadUInt32(at + 16, out uint filesz32);
        r.TryReadUInt32(at + 20, out uint memsz32);
        r.TryReadUInt32(at + 24, out uint flags32);
        r.TryReadUInt32(at + 28, out uint align32);
        return new ElfProgramHeader { Type = type, Flags = flags32, Offset = offset32, VAddr = vaddr32, PAddr = paddr32, FileSize = filesz32, MemSize = memsz32, Align = align32 };
    }
}
