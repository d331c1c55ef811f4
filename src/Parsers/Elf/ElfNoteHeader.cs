using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Elf;

/// <summary>The fixed part of a note entry (Elfxx_Nhdr, gABI 5 "Note Section"); name and descriptor follow, each padded to the note alignment.</summary>
/// <param name="NameSize">n_namesz, including the NUL.</param>
/// <param name="DescSize">n_descsz.</param>
/// <param name="Type">n_type.</param>
public readonly record struct ElfNoteHeader(uint NameSize, uint DescSize, uint Type)
{
    /// <summary>Size of Elfxx_Nhdr (the same for both classes).</summary>
    public const int Size = 12;

    internal static bool TryRead(ByteReader r, ulong at, out ElfNoteHeader value)
    {
        value = default;
        if (!r.IsValidRange(at, Size))
        {
            return false;
        }

        r.TryReadUInt32(at, out uint namesz);
        r.TryReadUInt32(at + 4, out uint descsz);
        r.TryReadUInt32(at + 8, out uint type);
        value = new ElfNoteHeader(namesz, descsz, type);
        return true;
    }
}
