using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>The symbol table, its string table and the .drectve directives.</summary>
public sealed partial class CoffObject
{
    /// <summary>The string table follows the symbol table; its first 4 bytes are its size, themselves included.</summary>
    private ReadOnlySpan<byte> ReadStringTable(ByteReader reader, uint symbolsAt, uint symbolCount)
    {
        if (symbolsAt == 0)
        {
            return default;
        }

        ulong entrySize = IsBigObj ? (ulong)CoffSymbolRecord.BigObjSize : CoffSymbolRecord.Size;
        if (!reader.IsValidTable(symbolsAt, symbolCount, entrySize))
        {
            return default;
        }

        ulong at = symbolsAt + (symbolCount * entrySize);
        if (!reader.TryReadUInt32(at, out uint size) || size < 4 || !reader.TrySlice(at, size, out var table))
        {
            _diagnostics.Warning(DiagnosticCodes.CoffInvalidSymbolTable, (long)at, "The string table is missing or does not fit the file.");
            return default;
        }

        return table;
    }

    /// <summary>A string-table entry, cached by offset so that many symbols naming one long string cost one scan.</summary>
    private string? StringAt(ReadOnlySpan<byte> strings, uint offset)
    {
        if (_strings.TryGetValue(offset, out string? cached))
        {
            return cached;
        }

        string? value = StringAtUncached(strings, offset);
        _strings[offset] = value;
        return value;
    }

    private string? StringAtUncached(ReadOnlySpan<byte> strings, uint offset)
    {
        var reader = new ByteReader(strings);
        if (offset < 4 || !reader.TryReadCString(offset, _limits.MaxStringLength, out var bytes))
        {
            _diagnostics.Warning(DiagnosticCodes.CoffInvalidSymbolTable, null, $"String-table offset {offset} is outside the table or unterminated.");
            return null;
        }

        _budget.TakeString(bytes.Length);
        return TextDecoding.Utf8String(bytes);
    }

    private IReadOnlyList<CoffSymbol> ReadSymbols(ByteReader reader, uint offset, uint count, ReadOnlySpan<byte> strings)
    {
        bool bigObj = IsBigObj;
        ulong entrySize = bigObj ? (ulong)CoffSymbolRecord.BigObjSize : CoffSymbolRecord.Size;
        if (offset == 0 || count == 0)
        {
            return [];
        }

        if (count > _limits.MaxSymbols || !reader.IsValidTable(offset, count, entrySize))
        {
            _diagnostics.Warning(DiagnosticCodes.CoffInvalidSymbolTable, offset, $"The symbol table ({count} entries) does not fit the file.");
            return [];
        }

        var symbols = new List<CoffSymbol>();
        var weak = new List<PendingWeakExternal>();
        // Which indexes start a record: a weak external's TagIndex must name one, never an
        // auxiliary record. count is capped and checked against the file above, so this is bounded.
        var isRecord = new System.Collections.BitArray(checked((int)count));
        // Auxiliary records follow their symbol and count as table entries, so step over them.
        for (uint i = 0; i < count; i++)
        {
            uint index = i;
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent((long)(offset + (i * entrySize)), $"symbols {i} to {count - 1} are");
                break;
            }

            CoffSymbolRecord.TryRead(reader, offset + (i * entrySize), bigObj, out var s);
            isRecord[(int)i] = true;
            i += s.NumberOfAuxSymbols;
            if (s.StorageClass is not (CoffSymbolRecord.ClassExternal or CoffSymbolRecord.ClassWeakExternal) || s.SectionNumber == CoffSymbolRecord.Debug)
            {
                continue;
            }

            string? name = SymbolName(s.ShortName, strings);
            if (name is null)
            {
                continue;
            }

            var section = s.SectionNumber > 0 && s.SectionNumber <= Sections.Count ? Sections[s.SectionNumber - 1] : null;
            bool isFunction = s.IsFunctionType || section?.IsCode == true;
            if (s.StorageClass == CoffSymbolRecord.ClassWeakExternal)
            {
                weak.Add(new PendingWeakExternal(symbols.Count, index, s.NumberOfAuxSymbols));
            }

            symbols.Add(new CoffSymbol(name, s.Value, s.SectionNumber, section?.Name, isFunction, s.StorageClass == CoffSymbolRecord.ClassWeakExternal));
        }

        ResolveWeakExternals(reader, offset, count, symbols, weak, isRecord, strings);
        return symbols;
    }

    private string? SymbolName(ulong shortName, ReadOnlySpan<byte> strings)
    {
        // The 8-byte field read little endian: zero low half means "offset into the string table" in the high half.
        if ((uint)shortName == 0)
        {
            return StringAt(strings, (uint)(shortName >> 32));
        }

        Span<byte> bytes = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes, shortName);
        return TextDecoding.FixedField(bytes);
    }

    private IReadOnlyList<CoffDirectiveExport> ReadDirectives(ByteReader reader)
    {
        var exports = new List<CoffDirectiveExport>();
        foreach (var section in Sections)
        {
            if (section.Name != ".drectve" || !reader.TrySlice(section.PointerToRawData, section.SizeOfRawData, out var raw))
            {
                continue;
            }

            // An optional UTF-8 byte-order mark says the directives are UTF-8; without it they are
            // ANSI, which for the ASCII names real objects carry decodes the same.
            if (raw.StartsWith("\xEF\xBB\xBF"u8))
            {
                raw = raw[3..];
            }

            // Any number of section headers may name the same bytes: the text, its tokens and the
            // exports they declare come out of the work budget each time.
            _budget.TakeString(raw.Length);
            foreach (string token in CoffDirectiveParser.Tokenize(TextDecoding.Utf8String(raw), MaxDirectiveTokens))
            {
                if (!_budget.TryTakeEntry())
                {
                    _diagnostics.WorkSpent(section.PointerToRawData, "the rest of the .drectve directives are");
                    return exports;
                }

                _budget.TakeString(token.Length);
                if (token.Length < 8 || (token[0] != '/' && token[0] != '-') || !token.AsSpan(1, 7).Equals("export:", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (CoffDirectiveParser.ParseExport(token[8..]) is { } export)
                {
                    // The export's name is a copy of the token again, and the export a record here
                    // and a row of the snapshot: a second entry.
                    if (!_budget.TryTakeEntry())
                    {
                        _diagnostics.WorkSpent(section.PointerToRawData, "the rest of the .drectve directives are");
                        return exports;
                    }

                    _budget.TakeString(token.Length);
                    exports.Add(export);
                }
                else
                {
                    _diagnostics.Warning(DiagnosticCodes.CoffInvalidDirective, section.PointerToRawData, $"Cannot understand the directive '{DiagnosticText.Short(token)}'.");
                }
            }
        }

        return exports;
    }
}
