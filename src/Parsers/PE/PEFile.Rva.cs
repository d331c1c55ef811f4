using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>RVA-to-file-offset mapping, always checked against the section's raw data.</summary>
public sealed partial class PEFile
{
    /// <summary>
    /// Maps <paramref name="size"/> bytes at <paramref name="rva"/> to a file offset. The whole
    /// range must lie inside one section's raw data (bytes past SizeOfRawData are zero-fill that
    /// the file does not hold) and inside the file.
    /// </summary>
    internal bool TryMapRva(uint rva, ulong size, out ulong offset) => TryMapRva(rva, size, out offset, out _);

    /// <summary>As <see cref="TryMapRva(uint, ulong, out ulong)"/>, also giving the file offset where the section's raw data ends.</summary>
    internal bool TryMapRva(uint rva, ulong size, out ulong offset, out ulong rawEnd)
    {
        offset = 0;
        rawEnd = 0;
        foreach (var s in Sections)
        {
            if (rva < s.VirtualAddress)
            {
                continue;
            }

            ulong delta = rva - s.VirtualAddress;
            // Overflow-safe: delta <= raw size first, then size <= what remains.
            if (delta >= s.SizeOfRawData || size > s.SizeOfRawData - delta)
            {
                continue;
            }

            offset = s.PointerToRawData + delta;
            rawEnd = (ulong)s.PointerToRawData + s.SizeOfRawData;
            return new ByteReader(_data.Span).IsValidRange(offset, size);
        }

        return false;
    }

    /// <summary>The section an RVA falls in (by virtual extent), or null.</summary>
    internal PESection? SectionOf(uint rva)
    {
        foreach (var s in Sections)
        {
            uint extent = Math.Max(s.VirtualSize, s.SizeOfRawData);
            if (rva >= s.VirtualAddress && rva - s.VirtualAddress < extent)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a NUL-terminated string at an RVA, bounded by its section's raw data and
    /// <see cref="ParseLimits.MaxStringLength"/>. Results are cached by RVA: a hostile table of
    /// millions of entries naming one long unterminated string would otherwise rescan it each time.
    /// </summary>
    internal string? ReadRvaString(uint rva, string what)
    {
        if (_strings.TryGetValue(rva, out string? cached))
        {
            return cached;
        }

        string? value = ReadRvaStringUncached(rva, what);
        _strings[rva] = value;
        return value;
    }

    private string? ReadRvaStringUncached(uint rva, string what)
    {
        if (!TryMapRva(rva, 1, out ulong offset, out ulong end))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidName, null, $"The {what} at RVA 0x{rva:x} is outside every section's data.");
            return null;
        }

        var reader = new ByteReader(_data.Span);
        int max = (int)Math.Min((ulong)_limits.MaxStringLength, end - offset);
        if (!reader.TryReadCString(offset, max, out var bytes))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidName, (long)offset, $"The {what} at RVA 0x{rva:x} is unterminated or longer than {_limits.MaxStringLength} bytes.");
            return null;
        }

        _budget.TakeString(bytes.Length);
        return TextDecoding.Utf8String(bytes);
    }

    /// <summary>Maps a data directory, warning when it is not inside one section.</summary>
    internal bool TryMapDirectory(ImageDataDirectory directory, uint minimumSize, string what, out ulong offset)
    {
        offset = 0;
        if (directory.IsEmpty)
        {
            return false;
        }

        if (!TryMapRva(directory.VirtualAddress, minimumSize, out offset))
        {
            _diagnostics.Warning(DiagnosticCodes.PEUnmappedRva, null, $"The {what} at RVA 0x{directory.VirtualAddress:x} does not map into a section's data.");
            return false;
        }

        return true;
    }
}
