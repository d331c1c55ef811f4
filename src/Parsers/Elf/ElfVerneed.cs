using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>A version need entry of .gnu.version_r (Elfxx_Verneed, LSB Core "Version Needed Section"): one per needed library.</summary>
/// <param name="Version">vn_version (1).</param>
/// <param name="Count">vn_cnt, the number of Vernaux entries.</param>
/// <param name="FileOffset">vn_file, the library name in the dynamic string table.</param>
/// <param name="AuxOffset">vn_aux, from this entry to its first Vernaux.</param>
/// <param name="NextOffset">vn_next, from this entry to the next (0 ends the chain).</param>
public readonly record struct ElfVerneed(ushort Version, ushort Count, uint FileOffset, uint AuxOffset, uint NextOffset)
{
    /// <summary>Size of Elfxx_Verneed.</summary>
    public const int Size = 16;

    internal static bool TryRead(ByteReader r, ulong at, out ElfVerneed value)
    {
        value = default;
        if (!r.IsValidRange(at, Size))
        {
            return false;
        }

        r.TryReadUInt16(at, out ushort version);
        r.TryReadUInt16(at + 2, out ushort cnt);
        r.TryReadUInt32(at + 4, out uint file);
        r.TryReadUInt32(at + 8, out uint aux);
        r.TryReadUInt32(at + 12, out uint next);
        value = new ElfVerneed(version, cnt, file, aux, next);
        return true;
    }
}
