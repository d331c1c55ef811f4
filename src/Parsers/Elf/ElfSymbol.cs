using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>A symbol table entry (Elf32_Sym / Elf64_Sym, gABI 4 "Symbol Table"), with its name resolved.</summary>
public readonly record struct ElfSymbol
{
    /// <summary>Size of Elf32_Sym.</summary>
    public const int Size32 = 16;

    /// <summary>Size of Elf64_Sym.</summary>
    public const int Size64 = 24;

    /// <summary>The name from the linked string table (empty when st_name is 0 or invalid).</summary>
    public string Name { get; init; }

    /// <summary>st_name.</summary>
    public uint NameOffset { get; init; }

    /// <summary>st_info.</summary>
    public byte Info { get; init; }

    /// <summary>st_other.</summary>
    public byte Other { get; init; }

    /// <summary>st_shndx, or the SHT_SYMTAB_SHNDX entry when st_shndx is SHN_XINDEX.</summary>
    public uint SectionIndex { get; init; }

    /// <summary>st_value.</summary>
    public ulong Value { get; init; }

    /// <summary>st_size.</summary>
    public ulong Size { get; init; }

    /// <summary>ELF64_ST_BIND(st_info).</summary>
    public byte Bind => (byte)(Info >> 4);

    /// <summary>ELF64_ST_TYPE(st_info).</summary>
    public byte SymbolType => (byte)(Info & 0xf);

    /// <summary>ELF64_ST_VISIBILITY(st_other).</summary>
    public byte Visibility => (byte)(Other & 0x3);

    /// <summary>Whether the symbol is defined here (st_shndx is not SHN_UNDEF).</summary>
    public bool IsDefined => SectionIndex != ElfConstants.SHN_UNDEF;

    /// <summary>Reads the raw fields (name unresolved); the caller has checked the table against the file.</summary>
    internal static ElfSymbol Read(ByteReader r, ulong at, bool is64)
    {
        r.TryReadUInt32(at, out uint name);
        if (is64)
        {
            r.TryReadUInt8(at + 4, out byte info);
            r.TryReadUInt8(at + 5, out byte other);
            r.TryReadUInt16(at + 6, out ushort shndx);
            r.TryReadUInt64(at + 8, out ulong value);
            r.TryReadUInt64(at + 16, out ulong size);
            return new ElfSymbol { Name = string.Empty, NameOffset = name, Info = info, Other = other, SectionIndex = shndx, Value = value, Size = size };
        }

        r.TryReadUInt32(at + 4, out uint value32);
        r.TryReadUInt32(at + 8, out uint size32);
        r.TryReadUInt8(at + 12, out byte info32);
        r.TryReadUInt8(at + 13, out byte other32);
        r.TryReadUInt16(at + 14, out ushort shndx32);
        return new ElfSymbol { Name = string.Empty, NameOffset = name, Info = info32, Other = other32, SectionIndex = shndx32, Value = value32, Size = size32 };
    }
}
