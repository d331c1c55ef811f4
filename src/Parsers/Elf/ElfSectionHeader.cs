using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>A section header (Elf32_Shdr / Elf64_Shdr, gABI 4 "Sections"), with its name resolved from .shstrtab.</summary>
public readonly record struct ElfSectionHeader
{
    /// <summary>Size of Elf32_Shdr.</summary>
    public const int Size32 = 40;

    /// <summary>Size of Elf64_Shdr.</summary>
    public const int Size64 = 64;

    /// <summary>The name from .shstrtab (empty when sh_name is invalid).</summary>
    public string Name { get; init; }

    /// <summary>sh_name.</summary>
    public uint NameOffset { get; init; }

    /// <summary>sh_type.</summary>
    public uint Type { get; init; }

    /// <summary>sh_flags.</summary>
    public ulong Flags { get; init; }

    /// <summary>sh_addr.</summary>
    public ulong Addr { get; init; }

    /// <summary>sh_offset.</summary>
    public ulong Offset { get; init; }

    /// <summary>sh_size.</summary>
    public ulong Size { get; init; }

    /// <summary>sh_link.</summary>
    public uint Link { get; init; }

    /// <summary>sh_info.</summary>
    public uint Info { get; init; }

    /// <summary>sh_addralign.</summary>
    public ulong AddrAlign { get; init; }

    /// <summary>sh_entsize.</summary>
    public ulong EntSize { get; init; }

    /// <summary>Reads one header; the caller has checked the table against the file.</summary>
    internal static ElfSectionHeader Read(ByteReader r, ulong at, bool is64)
    {
        r.TryReadUInt32(at, out uint name);
        r.TryReadUInt32(at + 4, out uint type);
        if (is64)
        {
            r.TryReadUInt64(at + 8, out ulong flags);
            r.TryReadUInt64(at + 16, out ulong addr);
            r.TryReadUInt64(at + 24, out ulong offset);
            r.TryReadUInt64(at + 32, out ulong size);
            r.TryReadUInt32(at + 40, out uint link);
            r.TryReadUInt32(at + 44, out uint info);
            r.TryReadUInt64(at + 48, out ulong align);
            r.TryReadUInt64(at + 56, out ulong entsize);
            return new ElfSectionHeader { Name = string.Empty, NameOffset = name, Type = type, Flags = flags, Addr = addr, Offset = offset, Size = size, Link = link, Info = info, AddrAlign = align, EntSize = entsize };
        }

        r.TryReadUInt32(at + 8, out uint flags32);
        r.TryReadUInt32(at + 12, out uint addr32);
        r.TryReadUInt32(at + 16, out uint offset32);
        r.TryReadUInt32(at + 20, out uint size32);
        r.TryReadUInt32(at + 24, out uint link32);
        r.TryReadUInt32(at + 28, out uint info32);
        r.TryReadUInt32(at + 32, out uint align32);
        r.TryReadUInt32(at + 36, out uint entsize32);
        return new ElfSectionHeader { Name = string.Empty, NameOffset = name, Type = type, Flags = flags32, Addr = addr32, Offset = offset32, Size = size32, Link = link32, Info = info32, AddrAlign = align32, EntSize = entsize32 };
    }
}
