using System.Collections;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>Weak externals: undefined-looking symbols that their object defines through a default symbol.</summary>
public sealed partial class CoffObject
{
    /// <summary>
    /// Reads what each weak external falls back to. PE/COFF spec, "Auxiliary Format 3: Weak
    /// Externals": the record itself says IMAGE_SYM_UNDEFINED with value 0, and its auxiliary
    /// record's TagIndex names "sym2", which the linker binds the weak symbol to when no other
    /// object defines it. When sym2 is defined here and the record is an alias
    /// (IMAGE_WEAK_EXTERN_SEARCH_ALIAS, what clang writes for <c>__attribute__((weak))</c>), the
    /// object provides the weak symbol (llvm-nm "W", in the archive index) and it takes sym2's
    /// location. With NOLIBRARY or LIBRARY (MSVC's <c>??_E</c> falling back to <c>??_G</c>, GNU as's
    /// <c>.weak</c>) it provides nothing (llvm-nm "w", not indexed): it stays undefined and only
    /// records sym2's name. When sym2 is itself undefined it stays a (weak) reference.
    /// </summary>
    private void ResolveWeakExternals(ByteReader reader, uint offset, uint count, List<CoffSymbol> symbols, List<PendingWeakExternal> weak, BitArray isRecord, ReadOnlySpan<byte> strings)
    {
        ulong entrySize = IsBigObj ? (ulong)CoffSymbolRecord.BigObjSize : CoffSymbolRecord.Size;
        foreach (var pending in weak)
        {
            var symbol = symbols[pending.ListIndex];
            ulong at = offset + (pending.RecordIndex * entrySize);
            // The table was checked to fit the file, so an auxiliary record inside the count is readable.
            if (pending.NumberOfAuxSymbols == 0 || pending.RecordIndex + 1 >= count || !CoffAuxWeakExternal.TryRead(reader, at + entrySize, out var aux))
            {
                _diagnostics.Warning(DiagnosticCodes.CoffInvalidWeakExternal, (long)at, $"Weak external '{DiagnosticText.Short(symbol.Name)}' has no auxiliary weak-external record.");
                continue;
            }

            if (aux.Characteristics == CoffAuxWeakExternal.AntiDependency)
            {
                _diagnostics.Warning(DiagnosticCodes.CoffWeakAntiDependency, (long)at, $"Weak external '{DiagnosticText.Short(symbol.Name)}' is an anti-dependency, which defines nothing; it is kept as a reference.");
                continue;
            }

            if (aux.TagIndex >= count || !isRecord[(int)aux.TagIndex])
            {
                _diagnostics.Warning(DiagnosticCodes.CoffInvalidWeakExternal, (long)at, $"Weak external '{DiagnosticText.Short(symbol.Name)}' names default symbol {aux.TagIndex}, which is not a symbol of the table ({count} entries).");
                continue;
            }

            CoffSymbolRecord.TryRead(reader, offset + (aux.TagIndex * entrySize), IsBigObj, out var fallback);
            if (fallback.SectionNumber == CoffSymbolRecord.Undefined && fallback.Value == 0)
            {
                continue;
            }

            if (aux.Characteristics != CoffAuxWeakExternal.SearchAlias)
            {
                symbols[pending.ListIndex] = symbol with { WeakDefault = SymbolName(fallback.ShortName, strings) };
                continue;
            }

            var section = fallback.SectionNumber > 0 && fallback.SectionNumber <= Sections.Count ? Sections[fallback.SectionNumber - 1] : null;
            symbols[pending.ListIndex] = symbol with
            {
                Value = fallback.Value,
                SectionNumber = fallback.SectionNumber,
                Section = section?.Name,
                IsFunction = fallback.IsFunctionType || section?.IsCode == true,
            };
        }
    }

    /// <summary>A weak external waiting for its default symbol, which may come later in the table.</summary>
    /// <param name="ListIndex">Its position in the symbol list being built.</param>
    /// <param name="RecordIndex">Its symbol-table index.</param>
    /// <param name="NumberOfAuxSymbols">Auxiliary records that follow it (the weak-external record is the first).</param>
    private readonly record struct PendingWeakExternal(int ListIndex, uint RecordIndex, byte NumberOfAuxSymbols);
}
