using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>RVA-to-file-offset mapping, always checked against the section's raw data.</summary>
public sealed partial class PEFile
{
    /// <summary>Sections by raw extent and by virtual extent, built on first use (the section table is read first).</summary>
    private IntervalIndex? _rawExtents, _virtualExtents;

    /// <summary>
    /// Maps <paramref name="size"/> bytes at <paramref name="rva"/> to a file offset. The whole
    /// range must lie inside the raw data of the first section that holds the RVA (bytes past
    /// SizeOfRawData are zero-fill that the file does not hold; a loadable image's sections do
    /// not overlap, so only a hostile file has a second candidate) and inside the file.
    /// </summary>
    internal bool TryMapRva(uint rva, ulong size, out ulong offset) => TryMapRva(rva, size, out offset, out _);

    /// <summary>As <see cref="TryMapRva(uint, ulong, out ulong)"/>, also giving the file offset where the section's raw data ends.</summary>
    internal bool TryMapRva(uint rva, ulong size, out ulong offset, out ulong rawEnd)
    {
        offset = 0;
        rawEnd = 0;
        _rawExtents ??= new IntervalIndex(Sections.Select(s => ((ulong)s.VirtualAddress, (ulong)s.SizeOfRawData)).ToArray());
        int index = _rawExtents.Find(rva);
        if (index < 0)
        {
            return false;
        }

        var section = Sections[index];
        ulong delta = rva - section.VirtualAddress;
        // Overflow-safe: delta < raw size (the index says so), then size <= what remains.
        if (size > section.SizeOfRawData - delta)
        {
            return false;
        }

        offset = section.PointerToRawData + delta;
        rawEnd = (ulong)section.PointerToRawData + section.SizeOfRawData;
        return new ByteReader(_data.Span).IsValidRange(offset, size);
    }

    /// <summary>The section an RVA falls in (by virtual extent), or null.</summary>
    internal PESection? SectionOf(uint rva)
    {
        _virtualExtents ??= new IntervalIndex(Sections.Select(s => ((ulong)s.VirtualAddress, (ulong)Math.Max(s.VirtualSize, s.SizeOfRawData))).ToArray());
        int index = _virtualExtents.Find(rva);
        return index < 0 ? null : Sections[index];
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
