using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// The fields of IMAGE_OPTIONAL_HEADER32/64 that a snapshot needs (PE/COFF spec, "Optional
/// Header"). PE32 and PE32+ differ only in the width of ImageBase and the stack/heap sizes, which
/// moves everything after them; offsets below follow the spec's tables.
/// </summary>
internal sealed record ImageOptionalHeader(
    ushort Magic,
    uint AddressOfEntryPoint,
    ulong ImageBase,
    ushort Subsystem,
    ushort DllCharacteristics,
    IReadOnlyList<ImageDataDirectory> DataDirectories)
{
    public const ushort Pe32Magic = 0x10B, Pe32PlusMagic = 0x20B;

    /// <summary>The spec allows at most 16 data directories; more are ignored, as the loader does.</summary>
    public const int MaxDataDirectories = 16;

    public bool Is64 => Magic == Pe32PlusMagic;

    public ImageDataDirectory Directory(int index) => index < DataDirectories.Count ? DataDirectories[index] : default;

    /// <summary>Reads the header of <paramref name="size"/> bytes (SizeOfOptionalHeader); null when it is too small or the magic is unknown.</summary>
    public static ImageOptionalHeader? TryRead(ByteReader reader, ulong offset, uint size)
    {
        if (!reader.TrySubReader(offset, size, out var r) || !r.TryReadUInt16(0, out ushort magic))
        {
            return null;
        }

        bool is64 = magic == Pe32PlusMagic;
        if (!is64 && magic != Pe32Magic)
        {
            return null;
        }

        int directoriesAt = is64 ? 112 : 96;
        if (!r.TryReadUInt32((ulong)(directoriesAt - 4), out uint count))
        {
            return null;
        }

        r.TryReadUInt32(16, out uint entry);
        ulong imageBase;
        if (is64)
        {
            r.TryReadUInt64(24, out imageBase);
        }
        else
        {
            r.TryReadUInt32(28, out uint base32);
            imageBase = base32;
        }

        r.TryReadUInt16(68, out ushort subsystem);
        r.TryReadUInt16(70, out ushort dllCharacteristics);

        // Only the directories that both NumberOfRvaAndSizes and SizeOfOptionalHeader cover exist.
        int available = (int)Math.Min(Math.Min(count, MaxDataDirectories), (ulong)(r.Length - directoriesAt) / ImageDataDirectory.EntrySize);
        var directories = new ImageDataDirectory[available];
        for (int i = 0; i < available; i++)
        {
            ulong at = (ulong)(directoriesAt + (i * ImageDataDirectory.EntrySize));
            r.TryReadUInt32(at, out uint rva);
            r.TryReadUInt32(at + 4, out uint dirSize);
            directories[i] = new ImageDataDirectory(rva, dirSize);
        }

        return new ImageOptionalHeader(magic, entry, imageBase, subsystem, dllCharacteristics, directories);
    }
}
