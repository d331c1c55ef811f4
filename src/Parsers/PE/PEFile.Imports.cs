using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// The import directory and the delay-load import directory (PE/COFF spec, ".idata Section" and
/// "Delay-Load Import Tables"). Every lookup-table slot is read at most once: descriptors that
/// point into a table another descriptor already read (which no linker writes, and which turns
/// 17 KB into 400,000 imports) get only the slots before it, and one PE2014 says how many.
/// </summary>
public sealed partial class PEFile
{
    private const uint ImportDescriptorSize = 20;
    private const uint DelayDescriptorSize = 32;

    /// <summary>The lookup-table slots already read, by file offset.</summary>
    private readonly ByteRangeSet _readThunks = new();

    /// <summary>Descriptors whose table ran into slots another descriptor had read.</summary>
    private int _sharedTables;

    private List<PEImportedLibrary> ReadImports()
    {
        var libraries = new List<PEImportedLibrary>();
        var directory = OptionalHeader.Directory(ImageDataDirectory.Import);
        if (!TryMapDirectory(directory, ImportDescriptorSize, "import directory", out ulong at))
        {
            return libraries;
        }

        var reader = new ByteReader(_data.Span);
        // The table ends with an all-zero descriptor; Size is often not exact, so walk until
        // the terminator, never past the section's data, and at most MaxImportDescriptors.
        for (uint i = 0; ; i++)
        {
            if (i >= _limits.MaxImportDescriptors)
            {
                _diagnostics.Limit(DiagnosticCodes.LimitExceeded, (long)at, $"More than {_limits.MaxImportDescriptors} import descriptors.", nameof(ParseLimits.MaxImportDescriptors));
                break;
            }

            uint rva = directory.VirtualAddress + (i * ImportDescriptorSize);
            if (!TryMapRva(rva, ImportDescriptorSize, out ulong d))
            {
                _diagnostics.Warning(DiagnosticCodes.PEInvalidImportDirectory, (long)at, "The import directory has no terminating null descriptor inside its section.");
                break;
            }

            reader.TryReadUInt32(d, out uint lookupRva);
            reader.TryReadUInt32(d + 12, out uint nameRva);
            reader.TryReadUInt32(d + 16, out uint addressRva);
            if (lookupRva == 0 && nameRva == 0 && addressRva == 0)
            {
                break;
            }

            string dll = ReadRvaString(nameRva, "import DLL name") ?? string.Empty;
            // Binders overwrite the IAT, so prefer the lookup table when there is one.
            var functions = ReadThunks(lookupRva != 0 ? lookupRva : addressRva, 0, dll);
            libraries.Add(new PEImportedLibrary(dll, false, functions));
        }

        return libraries;
    }

    private List<PEImportedLibrary> ReadDelayImports()
    {
        var libraries = new List<PEImportedLibrary>();
        var directory = OptionalHeader.Directory(ImageDataDirectory.DelayImport);
        if (!TryMapDirectory(directory, DelayDescriptorSize, "delay-load import directory", out ulong at))
        {
            return libraries;
        }

        var reader = new ByteReader(_data.Span);
        for (uint i = 0; ; i++)
        {
            if (i >= _limits.MaxImportDescriptors)
            {
                _diagnostics.Limit(DiagnosticCodes.LimitExceeded, (long)at, $"More than {_limits.MaxImportDescriptors} delay-load descriptors.", nameof(ParseLimits.MaxImportDescriptors));
                break;
            }

            uint rva = directory.VirtualAddress + (i * DelayDescriptorSize);
            if (!TryMapRva(rva, DelayDescriptorSize, out ulong d))
            {
                _diagnostics.Warning(DiagnosticCodes.PEInvalidImportDirectory, (long)at, "The delay-load directory has no terminating null descriptor inside its section.");
                break;
            }

            reader.TryReadUInt32(d, out uint attributes);
            reader.TryReadUInt32(d + 4, out uint nameRva);
            reader.TryReadUInt32(d + 16, out uint nameTableRva);
            if (nameRva == 0 && nameTableRva == 0)
            {
                break;
            }

            // Attributes bit 0 (dlattrRva) clear means the old VC6 form whose fields are VAs.
            uint bias = (attributes & 1) == 0 ? unchecked((uint)ImageBase) : 0;
            string dll = ReadRvaString(unchecked(nameRva - bias), "delay-load DLL name") ?? string.Empty;
            libraries.Add(new PEImportedLibrary(dll, true, ReadThunks(unchecked(nameTableRva - bias), bias, dll)));
        }

        return libraries;
    }

    /// <summary>
    /// Walks an import lookup (or name) table of 4- or 8-byte thunks up to the null thunk: the top
    /// bit set means import by ordinal (low 16 bits), otherwise the low 31 bits are the RVA of a
    /// hint/name entry (a 2-byte hint then the name).
    /// </summary>
    private List<PEImportedFunction> ReadThunks(uint tableRva, uint bias, string dll)
    {
        var functions = new List<PEImportedFunction>();
        var reader = new ByteReader(_data.Span);
        uint thunkSize = Is64 ? 8u : 4u;
        ulong first = 0, end = 0, stop = 0;
        for (uint i = 0; ; i++)
        {
            // One budget for all tables: descriptors sharing one huge table must not multiply the work.
            if (--_thunkBudget < 0)
            {
                _diagnostics.Limit(DiagnosticCodes.LimitExceeded, null, $"More than {_limits.MaxSymbols} import thunks.", nameof(ParseLimits.MaxSymbols));
                break;
            }

            if (!TryMapRva(unchecked(tableRva + (i * thunkSize)), thunkSize, out ulong at))
            {
                _diagnostics.Warning(DiagnosticCodes.PEInvalidImportLookupTable, null, $"The lookup table of {DiagnosticText.Short(dll)} at RVA 0x{tableRva:x} has no null terminator inside its section.");
                break;
            }

            if (i == 0)
            {
                (first, stop) = (at, _readThunks.NextStartAfter(at));
            }

            if (at != first + ((ulong)i * thunkSize))
            {
                _diagnostics.Warning(DiagnosticCodes.PEInvalidImportLookupTable, (long)at, $"The lookup table of {DiagnosticText.Short(dll)} at RVA 0x{tableRva:x} runs from one section's data into another's.");
                break;
            }

            // The table is contiguous in the file, so it meets slots already read either at its
            // start or where the next range read begins.
            if ((i == 0 && _readThunks.Contains(at)) || at >= stop)
            {
                _sharedTables++;
                break;
            }

            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)at, $"the rest of the imports of {DiagnosticText.Short(dll)} are");
                break;
            }

            end = at + thunkSize;
            reader.TryReadWord(at, Is64, out ulong thunk);
            if (thunk == 0)
            {
                break;
            }

            ulong ordinalFlag = Is64 ? 1UL << 63 : 1UL << 31;
            if ((thunk & ordinalFlag) != 0)
            {
                functions.Add(new PEImportedFunction(null, null, (ushort)thunk));
                continue;
            }

            uint hintNameRva = unchecked((uint)(thunk & 0x7FFFFFFF) - bias);
            if (!TryMapRva(hintNameRva, 2, out ulong hintAt))
            {
                _diagnostics.Warning(DiagnosticCodes.PEInvalidName, (long)at, $"An import of {DiagnosticText.Short(dll)} names RVA 0x{hintNameRva:x}, outside every section's data.");
                continue;
            }

            reader.TryReadUInt16(hintAt, out ushort hint);
            string? name = ReadRvaString(hintNameRva + 2, "import name");
            if (name is not null)
            {
                functions.Add(new PEImportedFunction(name, hint, null));
            }
        }

        _readThunks.Add(first, end);
        return functions;
    }

    /// <summary>One diagnostic for all descriptors whose tables ran into slots read before.</summary>
    private void ReportSharedTables()
    {
        if (_sharedTables > 0)
        {
            _diagnostics.Warning(DiagnosticCodes.PESharedImportLookupTable, null, $"{_sharedTables} import descriptors point into lookup tables already read for another descriptor; each slot is read once, so their imports are not repeated.");
        }
    }
}
