using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Archives;

/// <summary>Checks the archive's symbol index against the globals its members define.</summary>
internal static partial class ArchiveSnapshotBuilder
{
    /// <summary>How many names one mismatch diagnostic quotes.</summary>
    private const int QuotedNames = 10;

    private static void CheckSymbolIndex(ArArchive archive, Dictionary<long, Snapshot> byHeaderOffset, DiagnosticBag diagnostics)
    {
        var indexed = new Dictionary<long, HashSet<string>>();
        var badOffsets = new List<string>();
        foreach (var symbol in archive.Symbols)
        {
            if (!byHeaderOffset.ContainsKey(symbol.MemberHeaderOffset))
            {
                badOffsets.Add($"{DiagnosticText.Short(symbol.Name)}@0x{symbol.MemberHeaderOffset:x}");
                continue;
            }

            if (!indexed.TryGetValue(symbol.MemberHeaderOffset, out var names))
            {
                indexed[symbol.MemberHeaderOffset] = names = new HashSet<string>(StringComparer.Ordinal);
            }

            names.Add(symbol.Name);
        }

        if (badOffsets.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.ArSymbolIndexBadOffset, null, $"{badOffsets.Count} symbol index entries point at no member header: {Quote(badOffsets)}.");
        }

        foreach (var (offset, member) in byHeaderOffset)
        {
            // A member nobody could read (external, or a format without a reader in this build)
            // says nothing about what it defines: do not call the index wrong because of it.
            if (member.Format == BinaryFormat.Unknown || member.HasErrors)
            {
                continue;
            }

            var defined = DefinedNames(member);
            var listed = indexed.TryGetValue(offset, out var l) ? l : [];
            var extra = listed.Where(n => !defined.Contains(n)).Order(StringComparer.Ordinal).ToList();
            if (extra.Count > 0)
            {
                diagnostics.Warning(DiagnosticCodes.ArSymbolIndexExtraSymbol, offset, $"The index lists {extra.Count} symbols member '{DiagnosticText.Short(member.Member)}' does not define: {Quote(extra)}.");
            }

            // Short import members define __imp_ names and thunks the index may choose to list
            // or not (DATA imports have no thunk); only the index-to-member direction applies.
            if (member.Format == BinaryFormat.CoffImport)
            {
                continue;
            }

            var missing = member.Exports.Where(IsObjectSymbol).Select(e => e.Name).OfType<string>().Where(n => !listed.Contains(n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Warning(DiagnosticCodes.ArSymbolIndexMissingSymbol, offset, $"Member '{DiagnosticText.Short(member.Member)}' defines {missing.Count} globals the index does not list: {Quote(missing)}.");
            }
        }
    }

    /// <summary>The names a member makes available to a linker: its exports, and for short import members the <c>__imp_</c> pointer too.</summary>
    private static HashSet<string> DefinedNames(Snapshot member)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in member.Exports)
        {
            if (e.Name is null || !IsObjectSymbol(e))
            {
                continue;
            }

            names.Add(e.Name);
            if (member.Format == BinaryFormat.CoffImport)
            {
                names.Add("__imp_" + e.Name);
            }
        }

        return names;
    }

    /// <summary>
    /// False for an export a COFF object only asks the linker for (<c>/EXPORT:alias=target</c>, or
    /// <c>/EXPORT:name</c> of a symbol defined elsewhere, in <c>.drectve</c>): it names no symbol
    /// of the object's symbol table, so an archive index (built from symbol tables) never lists it.
    /// Such an export has no address and no size; a directive that marks a real symbol (even an
    /// absolute or common one) keeps the symbol's address or size.
    /// </summary>
    private static bool IsObjectSymbol(SnapshotExport export)
        => export.Address is not null || export.Size is not null || !export.Flags.Contains(ExportFlags.Directive);

    private static string Quote(List<string> names)
        => string.Join(", ", names.Take(QuotedNames).Select(DiagnosticText.Short)) + (names.Count > QuotedNames ? $", ... ({names.Count - QuotedNames} more)" : string.Empty);
}
