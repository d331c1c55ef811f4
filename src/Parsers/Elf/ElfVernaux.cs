using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>A version need auxiliary entry (Elfxx_Vernaux): one required version of a library.</summary>
/// <param name="Hash">vna_hash.</param>
/// <param name="Flags">vna_flags (VER_FLG_WEAK).</param>
/// <param name="Other">vna_other, the index .gnu.version entries use for this version.</param>
/// <param name="NameOffset">vna_name, into the dynamic string table.</param>
/// <param name="NextOffset">vna_next, from this entry to the next.</param>
public readonly record struct ElfVernaux(uint Hash, ushort Flags, ushort Other, uint NameOffset, uint NextOffset)
{
    /// <summary>Size of Elfxx_Vernaux.</summary>
    public const int Size = 16;

    internal static bool TryRead(ByteReader r, ulong at, out ElfVernaux value)
    {
        value = default;
        if (!r.IsValidRange(at, Size))
        {
            return false;
        }

        r.TryReadUInt32(at, out uint hash);
        r.TryReadUInt16(at + 4, out ushort flags);
        r.TryReadUInt16(at + 6, out ushort other);
        r.TryReadUInt32(at + 8, out uint name);
        r.TryReadUInt32(at + 12, out uint next);
        value = new ElfVernaux(hash, flags, other, name, next);
        return true;
    }
}
