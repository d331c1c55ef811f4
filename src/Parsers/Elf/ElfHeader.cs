using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>The ELF file header (Elf32_Ehdr / Elf64_Ehdr, gABI 4 "ELF Header"); property names follow the spec fields.</summary>
public readonly record struct ElfHeader
{
    /// <summary>Size of Elf32_Ehdr.</summary>
    public const int Size32 = 52;

    /// <summary>Size of Elf64_Ehdr.</summary>
    public const int Size64 = 64;

    /// <summary>e_ident[EI_CLASS]: 1 = ELFCLASS32, 2 = ELFCLASS64.</summary>
    public byte Class { get; init; }

    /// <summary>e_ident[EI_DATA]: 1 = little endian, 2 = big endian.</summary>
    public byte Data { get; init; }

    /// <summary>e_ident[EI_OSABI].</summary>
    public byte OsAbi { get; init; }

    /// <summary>e_ident[EI_ABIVERSION].</summary>
    public byte AbiVersion { get; init; }

    /// <summary>e_type.</summary>
    public ushort Type { get; init; }

    /// <summary>e_machine.</summary>
    public ushort Machine { get; init; }

    /// <summary>e_version.</summary>
    public uint Version { get; init; }

    /// <summary>e_entry.</summary>
    public ulong Entry { get; init; }

    /// <summary>e_phoff.</summary>
    public ulong PhOff { get; init; }

    /// <summary>e_shoff.</summary>
    public ulong ShOff { get; init; }

    /// <summary>e_flags.</summary>
    public uint Flags { get; init; }

    /// <summary>e_ehsize.</summary>
    public ushort EhSize { get; init; }

    /// <summary>e_phentsize.</summary>
    public ushort PhEntSize { get; init; }

    /// <summary>e_phnum.</summary>
    public ushort PhNum { get; init; }

    /// <summary>e_shentsize.</summary>
    public ushort ShEntSize { get; init; }

    /// <summary>e_shnum.</summary>
    public ushort ShNum { get; init; }

    /// <summary>e_shstrndx.</summary>
    public ushort ShStrNdx { get; init; }

    /// <summary>True for ELFCLASS64.</summary>
    public bool Is64 => Class == ElfConstants.ELFCLASS64;

    /// <summary>True for ELFDATA2MSB.</summary>
    public bool IsBigEndian => Data == ElfConstants.ELFDATA2MSB;

    /// <summary>Reads the header fields after e_ident; the reader must already have the file's byte order and enough bytes.</summary>
    internal static ElfHeader Read(ByteReader r, byte elfClass, byte data)
    {
        bool is64 = elfClass == ElfConstants.ELFCLASS64;
        r.TryReadUInt16(16, out ushort type);
        r.TryReadUInt16(18, out ushort machine);
        r.TryReadUInt32(20, out uint version);
        r.TryReadWord(24, is64, out ulong entry);
        ulong o = is64 ? 32u : 28u;
        r.TryReadWord(o, is64, out ulong phoff);
        r.TryReadWord(is64 ? 40u : 32u, is64, out ulong shoff);
        o = is64 ? 48u : 36u;
        r.TryReadUInt32(o, out uint flags);
        r.TryReadUInt16(o + 4, out ushort ehsize);
        r.TryReadUInt16(o + 6, out ushort phentsize);
        r.TryReadUInt16(o + 8, out ushort phnum);
        r.TryReadUInt16(o + 10, out ushort shentsize);
        r.TryReadUInt16(o + 12, out ushort shnum);
        r.TryReadUInt16(o + 14, out ushort shstrndx);
        r.TryReadUInt8(ElfConstants.EI_OSABI, out byte osabi);
        r.TryReadUInt8(ElfConstants.EI_ABIVERSION, out byte abiversion);
        return new ElfHeader
        {
            Class = elfClass, Data = data, OsAbi = osabi, AbiVersion = abiversion, Type = type, Machine = machine, Version = version,
            Entry = entry, PhOff = phoff, ShOff = shoff, Flags = flags, EhSize = ehsize, PhEntSize = phentsize, PhNum = phnum,
            ShEntSize = shentsize, ShNum = shnum, ShStrNdx = shstrndx,
        };
    }
}
