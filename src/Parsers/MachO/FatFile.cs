using System.Security.Cryptography;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.MachO;

/// <summary>
/// A universal (fat) file (mach-o/fat.h): a big-endian fat_header and a table of fat_arch or
/// fat_arch_64 entries, each pointing at one slice. Slices that lie outside the file or over
/// the header are dropped with a diagnostic; overlapping slices are diagnosed but kept; a slice
/// that repeats an earlier one (same range, or same bytes elsewhere) is diagnosed and dropped,
/// so that a table of 64 entries pointing at one slice does not read it 64 times.
/// </summary>
public sealed class FatFile
{
    private readonly List<FatArch> _slices = [];
    private readonly DiagnosticBag _diagnostics;

    private FatFile(FatHeader header, ParseBudget budget)
    {
        Header = header;
        _diagnostics = new DiagnosticBag(budget);
    }

    /// <summary>True for FAT_MAGIC_64 (64-bit slice offsets and sizes).</summary>
    public bool Is64 => Header.Is64;

    /// <summary>Number of usable slices.</summary>
    public int SliceCount => _slices.Count;

    /// <summary>Problems found in the slice table; none of them is fatal.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.ToList();

    internal FatHeader Header { get; }

    /// <summary>The slices that lie inside the file, in table order.</summary>
    internal IReadOnlyList<FatArch> Slices => _slices;

    /// <summary>Reads the fat header and slice table; throws <see cref="BinaryFormatException"/> when they are truncated.</summary>
    public static FatFile Read(ReadOnlySpan<byte> data, ParseLimits? limits = null) => Read(data, ParseBudget.For(limits, data.Length));

    /// <summary>Reads the fat header and slice table on the budget of the file it belongs to.</summary>
    internal static FatFile Read(ReadOnlySpan<byte> data, ParseBudget budget)
    {
        var limits = budget.Limits;
        var reader = new ByteReader(data, bigEndian: true);
        if (!reader.TryReadUInt32(0, out uint magic) || !reader.TryReadUInt32(4, out uint count))
        {
            throw new BinaryFormatException(DiagnosticCodes.FatTruncatedHeader, 0, "File too short for a fat_header.");
        }

        if (magic is not (MachOConstants.FAT_MAGIC or MachOConstants.FAT_MAGIC_64))
        {
            throw new BinaryFormatException(DiagnosticCodes.MachOBadMagic, 0, $"Not a fat magic: 0x{magic:x8}.");
        }

        var file = new FatFile(new FatHeader(magic, count), budget);
        ulong entrySize = file.Is64 ? (ulong)FatArch.Size64 : FatArch.Size32;
        if (!reader.IsValidTable(FatHeader.Size, count, entrySize))
        {
            throw new BinaryFormatException(DiagnosticCodes.FatTruncatedHeader, FatHeader.Size, $"The fat_arch table of {count} entries runs past the end of the file.");
        }

        if (count > (uint)limits.MaxFatSlices)
        {
            file._diagnostics.Limit(DiagnosticCodes.FatTooManySlices, 4, $"nfat_arch {count} exceeds the limit of {limits.MaxFatSlices}; only that many are read.", nameof(ParseLimits.MaxFatSlices));
            count = (uint)limits.MaxFatSlices;
        }

        file.ReadSlices(reader, count, entrySize);
        file.DropRepeatedBytes(data);
        return file;
    }

    private void ReadSlices(ByteReader reader, uint count, ulong entrySize)
    {
        ulong tableEnd = FatHeader.Size + (ulong)Header.nfat_arch * entrySize;
        for (uint i = 0; i < count; i++)
        {
            ulong at = FatHeader.Size + i * entrySize;
            reader.TryReadInt32(at, out int cputype);
            reader.TryReadInt32(at + 4, out int cpusubtype);
            ulong offset;
            ulong size;
            uint align;
            if (Is64)
            {
                reader.TryReadUInt64(at + 8, out offset);
                reader.TryReadUInt64(at + 16, out size);
                reader.TryReadUInt32(at + 24, out align);
            }
            else
            {
                reader.TryReadUInt32(at + 8, out uint o);
                reader.TryReadUInt32(at + 12, out uint s);
                reader.TryReadUInt32(at + 16, out align);
                offset = o;
                size = s;
            }

            var arch = new FatArch(cputype, cpusubtype, offset, size, align);
            string name = MachOArchitecture.Name(cputype, cpusubtype);
            if (size == 0 || offset < tableEnd || !reader.IsValidRange(offset, size))
            {
                _diagnostics.Warning(DiagnosticCodes.FatSliceOutOfRange, (long)at, $"Slice {i} ({name}) at 0x{offset:x} size 0x{size:x} is empty, overlaps the fat header or lies outside the file; skipped.");
                continue;
            }

            if (_slices.FindIndex(s => s.offset == offset && s.size == size) is int same and >= 0)
            {
                _diagnostics.Warning(DiagnosticCodes.FatSliceRepeated, (long)at, $"Slice {i} ({name}) is slice {same} again (offset 0x{offset:x}, size 0x{size:x}); it is read once.");
                continue;
            }

            foreach (var other in _slices)
            {
                // Ranges [a, a+n) and [b, b+m) overlap when each starts before the other ends;
                // both ends are inside the file, so the sums cannot wrap.
                if (offset < other.offset + other.size && other.offset < offset + size)
                {
                    _diagnostics.Warning(DiagnosticCodes.FatSlicesOverlap, (long)at, $"Slice {i} ({name}) at 0x{offset:x} overlaps slice {MachOArchitecture.Name(other.cputype, other.cpusubtype)} at 0x{other.offset:x}.");
                }
            }

            _slices.Add(arch);
        }
    }

    /// <summary>
    /// Drops slices whose bytes equal an earlier slice's (at another offset). Only slices of equal
    /// size are hashed, so the cost is at most one SHA-256 pass over the file, whatever the count.
    /// </summary>
    private void DropRepeatedBytes(ReadOnlySpan<byte> data)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _slices.Count; i++)
        {
            var slice = _slices[i];
            if (!_slices.Exists(s => s.size == slice.size && s.offset != slice.offset))
            {
                continue;
            }

            string hash = Convert.ToHexString(SHA256.HashData(data.Slice((int)slice.offset, (int)slice.size)));
            if (seen.TryGetValue(hash, out int first))
            {
                _diagnostics.Warning(DiagnosticCodes.FatSliceRepeated, (long)slice.offset, $"The slice at 0x{slice.offset:x} ({MachOArchitecture.Name(slice.cputype, slice.cpusubtype)}) holds the same bytes as the one at 0x{_slices[first].offset:x}; it is read once.");
                _slices.RemoveAt(i--);
                continue;
            }

            seen[hash] = i;
        }
    }
}
