using System.Globalization;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// The version resource: type RT_VERSION (16) → first name → first language → data entry,
/// whose VS_VERSIONINFO holds a VS_FIXEDFILEINFO (PE/COFF spec, ".rsrc Section"; VERSIONINFO in
/// the Win32 resource documentation). The walk is exactly three levels deep, so no loops can form.
/// </summary>
public sealed partial class PEFile
{
    private const uint ResourceDirectorySize = 16;
    private const uint ResourceEntrySize = 8;
    private const uint RtVersion = 16;
    private const uint SubdirectoryFlag = 0x80000000;
    private const uint FixedFileInfoSignature = 0xFEEF04BD;

    private (string? FileVersion, string? ProductVersion) ReadVersionResource()
    {
        var directory = OptionalHeader.Directory(ImageDataDirectory.Resource);
        if (!TryMapDirectory(directory, ResourceDirectorySize, "resource directory", out ulong root))
        {
            return (null, null);
        }

        var reader = new ByteReader(_data.Span);
        // Offsets inside the resource tree are relative to the start of the resource directory.
        if (FindEntry(reader, directory.VirtualAddress, 0, RtVersion) is not { } names
            || FindEntry(reader, directory.VirtualAddress, names, null) is not { } languages
            || FindEntry(reader, directory.VirtualAddress, languages, null, wantData: true) is not { } dataEntry)
        {
            return (null, null);
        }

        if (!TryMapRva(directory.VirtualAddress + dataEntry, 16, out ulong entryAt))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidResource, (long)root, "The version resource's data entry is outside the resource section.");
            return (null, null);
        }

        reader.TryReadUInt32(entryAt, out uint dataRva);
        reader.TryReadUInt32(entryAt + 4, out uint dataSize);
        // VS_VERSIONINFO: wLength, wValueLength, wType, L"VS_VERSION_INFO\0" (32 bytes), padding to
        // a 4-byte boundary (offset 40), then VS_FIXEDFILEINFO (52 bytes).
        if (dataSize < 40 + 52 || !TryMapRva(dataRva, 40 + 52, out ulong infoAt))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidResource, (long)entryAt, "The version resource is too small or outside its section.");
            return (null, null);
        }

        reader.TryReadUInt32(infoAt + 40, out uint signature);
        if (signature != FixedFileInfoSignature)
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidResource, (long)infoAt + 40, "The version resource has no VS_FIXEDFILEINFO signature.");
            return (null, null);
        }

        reader.TryReadUInt32(infoAt + 48, out uint fileMs);
        reader.TryReadUInt32(infoAt + 52, out uint fileLs);
        reader.TryReadUInt32(infoAt + 56, out uint productMs);
        reader.TryReadUInt32(infoAt + 60, out uint productLs);

        // As Explorer shows them: the file version from VS_FIXEDFILEINFO, the product version
        // from the StringFileInfo text when there is one (it often carries a tag or a commit).
        TryMapRva(dataRva, 1, out _, out ulong rawEnd);
        int length = (int)Math.Min(dataSize, Math.Min(rawEnd - infoAt, (ulong)ushort.MaxValue));
        reader.TrySlice(infoAt, (ulong)length, out var resource);
        string? productText = ProductVersionText(resource);
        return (FourPart(fileMs, fileLs), string.IsNullOrWhiteSpace(productText) ? FourPart(productMs, productLs) : productText.Trim());
    }

    /// <summary>The first StringTable's ProductVersion string, or null.</summary>
    private static string? ProductVersionText(ReadOnlySpan<byte> resource)
    {
        if (VersionInfoBlock.TryRead(resource, 0, resource.Length) is not { } root)
        {
            return null;
        }

        foreach (var fileInfo in root.Children(resource).Where(b => b.Key == "StringFileInfo"))
        {
            foreach (var table in fileInfo.Children(resource))
            {
                foreach (var entry in table.Children(resource))
                {
                    if (entry.Key == "ProductVersion")
                    {
                        return entry.Text(resource);
                    }
                }
            }
        }

        return null;
    }

    private static string FourPart(uint ms, uint ls)
        => string.Create(CultureInfo.InvariantCulture, $"{ms >> 16}.{ms & 0xFFFF}.{ls >> 16}.{ls & 0xFFFF}");

    /// <summary>
    /// Looks in the IMAGE_RESOURCE_DIRECTORY at <paramref name="offset"/> for the entry with ID
    /// <paramref name="id"/> (or the first entry when null) and returns its OffsetToData without
    /// the subdirectory flag, provided the flag says what the caller expects.
    /// </summary>
    private uint? FindEntry(ByteReader reader, uint resourceRva, uint offset, uint? id, bool wantData = false)
    {
        if (!TryMapRva(resourceRva + offset, ResourceDirectorySize, out ulong at))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidResource, null, $"A resource directory at offset 0x{offset:x} is outside the resource section.");
            return null;
        }

        reader.TryReadUInt16(at + 12, out ushort named);
        reader.TryReadUInt16(at + 14, out ushort ids);
        uint count = (uint)named + ids;
        if (!TryMapRva(resourceRva + offset + ResourceDirectorySize, (ulong)count * ResourceEntrySize, out ulong entries))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidResource, (long)at, $"A resource directory's {count} entries do not fit the resource section.");
            return null;
        }

        for (uint i = 0; i < count; i++)
        {
            reader.TryReadUInt32(entries + ((ulong)i * ResourceEntrySize), out uint name);
            reader.TryReadUInt32(entries + ((ulong)i * ResourceEntrySize) + 4, out uint target);
            if (id is { } wanted && name != wanted)
            {
                continue;
            }

            if (((target & SubdirectoryFlag) == 0) != wantData)
            {
                _diagnostics.Warning(DiagnosticCodes.PEInvalidResource, (long)entries, "A resource entry is a leaf where a directory belongs, or the reverse.");
                return null;
            }

            return target & ~SubdirectoryFlag;
        }

        return null;
    }
}
