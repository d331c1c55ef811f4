using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>A version definition auxiliary entry (Elfxx_Verdaux): a name, the first being the version itself and the rest its predecessors.</summary>
/// <param name="NameOffset">vda_name, into the dynamic string table.</param>
/// <param name="NextOffset">vda_next, from this entry to the next.</param>
public readonly record struct ElfVerdaux(uint NameOffset, uint NextOffset)
{
    /// <summary>Size of Elfxx_Verdaux.</summary>
    public const int Size = 8;

    internal static bool TryRead(ByteReader r, ulong at, out ElfVerdaux value)
    {
        value = default;
        if (!r.IsValidRange(at, Size))
        {
            return false;
        }

        r.TryReadUInt32(at, out uint name);
        r.TryReadUInt32(at + 4, out uint next);
        value = new ElfVerdaux(name, next);
        return true;
    }
}
