using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// The debug directory: its CodeView RSDS record (PE/COFF spec, "The .debug Section"; the RSDS
/// layout is Microsoft's PDB 7.0 CodeView record) and its extended DLL characteristics
/// (IMAGE_DEBUG_TYPE_EX_DLLCHARACTERISTICS, where /CETCOMPAT is recorded).
/// </summary>
public sealed partial class PEFile
{
    private const uint DebugEntrySize = 28;
    private const uint ImageDebugTypeCodeView = 2;
    private const uint ImageDebugTypeExDllCharacteristics = 20;

    /// <summary>IMAGE_DLLCHARACTERISTICS_EX_CET_COMPAT: the image is compatible with CET shadow stacks (/CETCOMPAT).</summary>
    public const uint ImageDllCharacteristicsExCetCompat = 0x01;

    /// <summary>The IMAGE_DEBUG_TYPE_EX_DLLCHARACTERISTICS word, or null when the debug directory has none.</summary>
    public uint? ExtendedDllCharacteristics { get; private set; }
    private const uint RsdsSignature = 0x53445352; // "RSDS"
    private const uint RsdsHeaderSize = 24;        // signature, GUID, age

    /// <summary>Real images carry a handful of debug entries; more than this is hostile.</summary>
    private const uint MaxDebugEntries = 64;

    private PECodeViewInfo? ReadCodeView()
    {
        var directory = OptionalHeader.Directory(ImageDataDirectory.Debug);
        if (!TryMapDirectory(directory, DebugEntrySize, "debug directory", out ulong at))
        {
            return null;
        }

        uint count = Math.Min(directory.Size / DebugEntrySize, MaxDebugEntries);
        if (!TryMapRva(directory.VirtualAddress, (ulong)count * DebugEntrySize, out _))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidDebugDirectory, (long)at, $"The debug directory ({count} entries) does not fit its section.");
            count = 1;
        }

        var reader = new ByteReader(_data.Span);
        PECodeViewInfo? codeView = null;
        bool sawCodeView = false;
        for (uint i = 0; i < count; i++)
        {
            ulong entry = at + ((ulong)i * DebugEntrySize);
            reader.TryReadUInt32(entry + 12, out uint type);
            reader.TryReadUInt32(entry + 16, out uint size);
            reader.TryReadUInt32(entry + 24, out uint pointer);
            if (type == ImageDebugTypeCodeView && !sawCodeView)
            {
                sawCodeView = true;
                codeView = ReadRsds(reader, pointer, size);
            }
            else if (type == ImageDebugTypeExDllCharacteristics && ExtendedDllCharacteristics is null)
            {
                // One DWORD at PointerToRawData (a file offset), which must lie inside the file.
                if (size >= 4 && reader.TryReadUInt32(pointer, out uint flags))
                {
                    ExtendedDllCharacteristics = flags;
                }
                else
                {
                    _diagnostics.Warning(DiagnosticCodes.PEInvalidDebugDirectory, pointer, $"The extended DLL characteristics ({size} bytes at 0x{pointer:x}) are outside the file or too small.");
                }
            }
        }

        return codeView;
    }

    private PECodeViewInfo? ReadRsds(ByteReader reader, uint pointer, uint size)
    {
        // PointerToRawData is a file offset; the record must fit the file and hold the fixed part.
        if (size < RsdsHeaderSize + 1 || !reader.TrySubReader(pointer, size, out var record))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidDebugDirectory, pointer, $"The CodeView record ({size} bytes at 0x{pointer:x}) is outside the file or too small.");
            return null;
        }

        record.TryReadUInt32(0, out uint signature);
        if (signature != RsdsSignature)
        {
            // NB10 (PDB 2.0) and other CodeView forms carry no GUID; nothing to report.
            return null;
        }

        record.TrySlice(4, 16, out var guidBytes);
        record.TryReadUInt32(20, out uint age);
        int max = (int)Math.Min((ulong)_limits.MaxStringLength, size - RsdsHeaderSize);
        if (!record.TryReadCString(RsdsHeaderSize, max, out var path))
        {
            _diagnostics.Warning(DiagnosticCodes.PEInvalidDebugDirectory, pointer + RsdsHeaderSize, "The CodeView PDB path is unterminated.");
            return null;
        }

        // The GUID is stored as Data1 (LE u32), Data2, Data3 (LE u16) then 8 bytes: the layout Guid(ReadOnlySpan<byte>) expects.
        return new PECodeViewInfo(new Guid(guidBytes), age, TextDecoding.Utf8String(path));
    }
}
