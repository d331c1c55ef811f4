using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.Archives;

/// <summary>The symbol indexes: GNU <c>/</c> and <c>/SYM64/</c>, BSD <c>__.SYMDEF</c> (and _64), Windows linker members.</summary>
public sealed partial class ArArchive
{
    /// <summary>
    /// GNU / System V index (also the Windows first linker member): a big-endian count, that many
    /// big-endian member header offsets (32- or 64-bit), then that many NUL-terminated names.
    /// </summary>
    private void ReadGnuIndex(ReadOnlyMemory<byte> body, bool is64, long fileOffset)
    {
        var reader = new ByteReader(body.Span, bigEndian: true);
        ulong wordSize = is64 ? 8UL : 4UL;
        if (!reader.TryReadWord(0, is64, out ulong count) || !reader.IsValidTable(wordSize, count, wordSize))
        {
            _diagnostics.Warning(DiagnosticCodes.ArBadSymbolIndex, fileOffset, $"Symbol index {(is64 ? "/SYM64/" : "/")} is truncated or its count does not fit; ignored.");
            return;
        }

        SymbolIndexName = is64 ? "/SYM64/" : "/";
        _symbols.Clear();
        ulong names = wordSize + (count * wordSize);
        for (ulong i = 0; i < count; i++)
        {
            reader.TryReadWord(wordSize + (i * wordSize), is64, out ulong memberOffset);
            if (!reader.TryReadCString(names, _limits.MaxStringLength, out var name))
            {
                _diagnostics.Warning(DiagnosticCodes.ArBadSymbolIndex, fileOffset + (long)names, $"Symbol index has {count} entries but its names end after {i}.");
                return;
            }

            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent(fileOffset, "the rest of the symbol index is");
                return;
            }

            names += (ulong)name.Length + 1;
            _budget.TakeString(name.Length);
            _symbols.Add(new ArSymbol(TextDecoding.Utf8String(name), (long)Math.Min(memberOffset, long.MaxValue)));
        }
    }

    /// <summary>
    /// Windows second linker member (PE/COFF spec 7.3): little-endian member count, member
    /// header offsets, symbol count, 1-based 16-bit member indices, then the sorted names. It
    /// says what the first linker member says, sorted; when sound it replaces it.
    /// </summary>
    private void ReadSecondLinkerMember(ReadOnlyMemory<byte> body, long fileOffset)
    {
        var reader = new ByteReader(body.Span);
        if (!reader.TryReadUInt32(0, out uint memberCount) || !reader.IsValidTable(4, memberCount, 4))
        {
            _diagnostics.Warning(DiagnosticCodes.ArBadSymbolIndex, fileOffset, "Second linker member is truncated; the first linker member is used.");
            return;
        }

        ulong symbolCountAt = 4 + ((ulong)memberCount * 4);
        if (!reader.TryReadUInt32(symbolCountAt, out uint symbolCount) || !reader.IsValidTable(symbolCountAt + 4, symbolCount, 2))
        {
            _diagnostics.Warning(DiagnosticCodes.ArBadSymbolIndex, fileOffset, "Second linker member's symbol table is truncated; the first linker member is used.");
            return;
        }

        var symbols = new List<ArSymbol>((int)Math.Min(symbolCount, 1u << 16));
        ulong names = symbolCountAt + 4 + ((ulong)symbolCount * 2);
        for (uint i = 0; i < symbolCount; i++)
        {
            reader.TryReadUInt16(symbolCountAt + 4 + ((ulong)i * 2), out ushort index);
            if (index == 0 || index > memberCount || !reader.TryReadCString(names, _limits.MaxStringLength, out var name))
            {
                _diagnostics.Warning(DiagnosticCodes.ArBadSymbolIndex, fileOffset, $"Second linker member entry {i} has a bad member index or name; the first linker member is used.");
                return;
            }

            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent(fileOffset, "the rest of the second linker member is");
                break;
            }

            reader.TryReadUInt32(4 + ((ulong)(index - 1) * 4), out uint memberOffset);
            names += (ulong)name.Length + 1;
            _budget.TakeString(name.Length);
            symbols.Add(new ArSymbol(TextDecoding.Utf8String(name), memberOffset));
        }

        _symbols.Clear();
        _symbols.AddRange(symbols);
        SymbolIndexName = "second linker member";
    }

    /// <summary>
    /// BSD <c>__.SYMDEF</c> (ranlib.h): a byte count of ranlib entries {ran_strx, ran_off}, the
    /// entries, a string table size and the strings. <c>__.SYMDEF_64</c> widens every field to
    /// 64 bits. Written in the byte order of the target (little endian for the arches Apple
    /// ships today); a big-endian reading is tried when the little-endian one does not fit.
    /// </summary>
    private void ReadBsdIndex(ReadOnlyMemory<byte> body, string name, long fileOffset)
    {
        bool is64 = name.StartsWith("__.SYMDEF_64", StringComparison.Ordinal);
        if (!TryReadBsdIndex(new ByteReader(body.Span), is64, out var symbols)
            && !TryReadBsdIndex(new ByteReader(body.Span, bigEndian: true), is64, out symbols))
        {
            _diagnostics.Warning(DiagnosticCodes.ArBadSymbolIndex, fileOffset, $"{name} is truncated or its sizes do not fit; ignored.");
            return;
        }

        _symbols.Clear();
        _symbols.AddRange(symbols);
        SymbolIndexName = name;
    }

    private bool TryReadBsdIndex(ByteReader reader, bool is64, out List<ArSymbol> symbols)
    {
        symbols = [];
        ulong word = is64 ? 8UL : 4UL;
        ulong entrySize = word * 2;
        if (!reader.TryReadWord(0, is64, out ulong ranlibBytes) || ranlibBytes % entrySize != 0 || !reader.IsValidRange(word, ranlibBytes))
        {
            return false;
        }

        ulong stringSizeAt = word + ranlibBytes;
        if (!reader.TryReadWord(stringSizeAt, is64, out ulong stringSize) || !reader.TrySubReader(stringSizeAt + word, stringSize, out var strings))
        {
            return false;
        }

        ulong count = ranlibBytes / entrySize;
        for (ulong i = 0; i < count; i++)
        {
            ulong at = word + (i * entrySize);
            reader.TryReadWord(at, is64, out ulong strx);
            reader.TryReadWord(at + word, is64, out ulong memberOffset);
            if (!strings.TryReadCString(strx, _limits.MaxStringLength, out var name))
            {
                return false;
            }

            // ran_strx may name one long string from every entry: each copy comes out of the work budget.
            if (!_budget.TryTakeEntry())
            {
                _diagnostics.WorkSpent(null, "the rest of the BSD symbol index is");
                return true;
            }

            _budget.TakeString(name.Length);
            symbols.Add(new ArSymbol(TextDecoding.Utf8String(name), (long)Math.Min(memberOffset, long.MaxValue)));
        }

        return true;
    }
}
