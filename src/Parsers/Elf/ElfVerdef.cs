using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>A version definition entry of .gnu.version_d (Elfxx_Verdef, LSB Core "Version Definition Section"); the same layout for ELF32 and ELF64.</summary>
/// <param name="Version">vd_version (1).</param>
/// <param name="Flags">vd_flags (VER_FLG_BASE, VER_FLG_WEAK).</param>
/// <param name="Index">vd_ndx, the value .gnu.version entries use.</param>
/// <param name="Count">vd_cnt, the number of Verdaux entries.</param>
/// <param name="Hash">vd_hash.</param>
/// <param name="AuxOffset">vd_aux, from this entry to its first Verdaux.</param>
/// <param name="NextOffset">vd_next, from this entry to the next (0 ends the chain).</param>
public readonly record struct ElfVerdef(ushort Version, ushort Flags, ushort Index, ushort Count, uint Hash, uint AuxOffset, uint NextOffset)
{
    /// <summary>Size of Elfxx_Verdef.</summary>
    public const int Size = 20;

    internal static bool TryRead(ByteReader r, ulong at, out ElfVerdef value)
    {
        value = default;
        if (!r.IsValidRange(at, Size))
        {
            return false;
        }

        r.TryReadUInt16(at, out ushort version);
        r.TryReadUInt16(at + 2, out ushort flags);
        r.TryReadUInt16(at + 4, out ushort ndx);
        r.TryReadUInt16(at + 6, out ushort cnt);
        r.TryReadUInt32(at + 8, out uint hash);
        r.TryReadUInt32(at + 12, out uint aux);
        r.TryReadUInt32(at + 16, out uint next);
        value = new ElfVerdef(version, flags, ndx, cnt, hash, aux, next);
        return true;
    }
}
