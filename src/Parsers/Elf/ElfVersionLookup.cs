using AbiPortal.Parsers.Diagnostics;

namespace AbiPortal.Parsers.Elf;

/// <summary>
/// Resolves .gnu.version indexes to version names: definitions (vd_ndx) and needs (vna_other)
/// share one index space (LSB Core "Symbol Version Table").
/// </summary>
internal sealed class ElfVersionLookup
{
    private readonly Dictionary<int, (string Name, bool Defined, string? Library)> _byIndex = [];
    private readonly ElfFile _file;
    private readonly DiagnosticBag _bag;

    public ElfVersionLookup(ElfFile file, DiagnosticBag bag)
    {
        _file = file;
        _bag = bag;
        foreach (var need in file.VersionNeeds)
        {
            foreach (var v in need.Versions)
            {
                _byIndex[v.Index & ElfConstants.VERSYM_VERSION] = (v.Name, false, need.File);
            }
        }

        foreach (var def in file.VersionDefinitions)
        {
            _byIndex[def.Index & ElfConstants.VERSYM_VERSION] = (def.Name, true, null);
        }
    }

    /// <summary>
    /// The version of dynamic symbol <paramref name="symbolIndex"/>: name, whether it is the
    /// default (<c>@@</c>: defined here and not VERSYM_HIDDEN; a needed version is never a default,
    /// as llvm-readelf prints it) and the library a needed version belongs to.
    /// </summary>
    public (string? Name, bool? IsDefault, string? Library) Get(int symbolIndex)
    {
        if (symbolIndex >= _file.VersionSymbols.Count)
        {
            return (null, null, null);
        }

        ushort raw = _file.VersionSymbols[symbolIndex];
        int index = raw & ElfConstants.VERSYM_VERSION;
        if (index is ElfConstants.VER_NDX_LOCAL or ElfConstants.VER_NDX_GLOBAL)
        {
            return (null, null, null);
        }

        if (!_byIndex.TryGetValue(index, out var v))
        {
            _bag.Warning(DiagnosticCodes.ElfVersionIndexOutOfRange, null, $"Dynamic symbol {symbolIndex} has version index {index}, which no version definition or need declares.");
            return (null, null, null);
        }

        return (v.Name, v.Defined && (raw & ElfConstants.VERSYM_HIDDEN) == 0, v.Library);
    }
}
