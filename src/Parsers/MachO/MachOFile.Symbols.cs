using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.MachO;

/// <summary>The symbol table (LC_SYMTAB, mach-o/nlist.h).</summary>
public sealed partial class MachOFile
{
    private void ReadSymbols(ByteReader reader)
    {
        if (Symtab is not { } st || st.nsyms == 0)
        {
            return;
        }

        ulong entrySize = Header.Is64 ? (ulong)NList.Size64 : NList.Size32;
        if (!reader.IsValidTable(st.symoff, st.nsyms, entrySize))
        {
            _diagnostics.Warning(DiagnosticCodes.MachOSymbolTableOutOfRange, st.symoff, $"Symbol table at 0x{st.symoff:x} with {st.nsyms} entries lies outside the file; symbols skipped.");
            return;
        }

        if (!reader.TrySlice(st.stroff, st.strsize, out var strings))
        {
            _diagnostics.Warning(DiagnosticCodes.MachOStringTableOutOfRange, st.stroff, $"String table at 0x{st.stroff:x} size 0x{st.strsize:x} lies outside the file; symbols skipped.");
            return;
        }

        uint count = st.nsyms;
        if (count > (uint)_limits.MaxSymbols)
        {
            _diagnostics.Limit(DiagnosticCodes.MachOTooManySymbols, st.symoff, $"{st.nsyms} symbols exceed the limit of {_limits.MaxSymbols}; only that many are read.", nameof(ParseLimits.MaxSymbols));
            count = (uint)_limits.MaxSymbols;
        }

        var stringReader = new ByteReader(strings);
        int badNames = 0;
        for (uint i = 0; i < count; i++)
        {
            ulong at = st.symoff + i * entrySize;
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)at, $"symbols {i} to {count - 1} are");
                break;
            }

            reader.TryReadUInt32(at, out uint strx);
            reader.TryReadUInt8(at + 4, out byte type);
            reader.TryReadUInt8(at + 5, out byte sect);
            reader.TryReadUInt16(at + 6, out ushort desc);
            reader.TryReadWord(at + 8, Header.Is64, out ulong value);
            string name;
            if (stringReader.TryReadCString(strx, _limits.MaxStringLength, out var nameBytes))
            {
                // Every n_strx may name the same long string: each copy comes out of the work budget.
                _budget.TakeString(nameBytes.Length);
                name = TextDecoding.Utf8String(nameBytes);
            }
            else
            {
                // Keep the entry (indices matter to LC_DYSYMTAB) but say that its name is bad.
                name = string.Empty;
                if (badNames++ < 20)
                {
                    _diagnostics.Warning(DiagnosticCodes.MachOBadSymbolName, (long)at, $"Symbol {i} has n_strx 0x{strx:x} outside the string table or an unterminated name.");
                }
            }

            _symbols.Add(new NList(name, type, sect, desc, value));
        }

        if (Dysymtab is { } dy && !(InRange(dy.ilocalsym, dy.nlocalsym) && InRange(dy.iextdefsym, dy.nextdefsym) && InRange(dy.iundefsym, dy.nundefsym)))
        {
            _diagnostics.Warning(DiagnosticCodes.MachODynamicSymbolRangesOutOfRange, null, "LC_DYSYMTAB symbol ranges lie outside the symbol table; the whole table is scanned instead.");
            Dysymtab = null;
        }

        bool InRange(uint first, uint n) => first <= (uint)_symbols.Count && n <= (uint)_symbols.Count - first;
    }

    /// <summary>External defined symbols: LC_DYSYMTAB's extdef range when present, else a scan of the table.</summary>
    /// <remarks>Common symbols are N_UNDF|N_EXT with their size in n_value, so LC_DYSYMTAB files them under undefined; they are definitions all the same.</remarks>
    internal IEnumerable<NList> ExternalDefinedSymbols()
    {
        var range = Dysymtab is { } dy
            ? _symbols.Skip((int)dy.iextdefsym).Take((int)dy.nextdefsym).Concat(_symbols.Skip((int)dy.iundefsym).Take((int)dy.nundefsym).Where(s => s.IsCommon))
            : _symbols;
        return range.Where(s => !s.IsStab && s.IsExternal && !s.IsUndefined && s.Name.Length > 0);
    }

    /// <summary>Undefined external symbols (imports): LC_DYSYMTAB's undef range when present, else a scan.</summary>
    internal IEnumerable<NList> UndefinedSymbols()
    {
        var range = Dysymtab is { } dy ? _symbols.Skip((int)dy.iundefsym).Take((int)dy.nundefsym) : _symbols;
        return range.Where(s => !s.IsStab && s.IsExternal && s.IsUndefined && s.Name.Length > 0);
    }

    /// <summary>Whether local (non-external, non-debug) symbols remain, i.e. the image is not stripped.</summary>
    internal bool HasLocalSymbols => Dysymtab is { } dy ? dy.nlocalsym > 0 : _symbols.Any(s => !s.IsExternal && !s.IsStab);
}
