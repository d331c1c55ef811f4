namespace AbiPortal.Parsers.MachO;

/// <summary>nlist / nlist_64 (mach-o/nlist.h): one symbol table entry, with its name resolved.</summary>
internal readonly record struct NList(string Name, byte n_type, byte n_sect, ushort n_desc, ulong n_value)
{
    public const int Size32 = 12;
    public const int Size64 = 16;

    public bool IsStab => (n_type & MachOConstants.N_STAB) != 0;

    public bool IsExternal => (n_type & MachOConstants.N_EXT) != 0;

    public byte Type => (byte)(n_type & MachOConstants.N_TYPE);

    /// <summary>Undefined and not common: an import. (A common symbol is N_UNDF|N_EXT with a size in n_value.)</summary>
    public bool IsUndefined => Type == MachOConstants.N_UNDF && n_value == 0;

    public bool IsCommon => Type == MachOConstants.N_UNDF && n_value != 0 && IsExternal;

    /// <summary>GET_LIBRARY_ORDINAL(n_desc).</summary>
    public int LibraryOrdinal => (n_desc >> 8) & 0xFF;
}
