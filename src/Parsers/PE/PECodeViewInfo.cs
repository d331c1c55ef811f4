using System.Globalization;

namespace AbiPortal.Parsers.PE;

/// <summary>A CodeView <c>RSDS</c> debug record: the key symbol servers file PDBs under.</summary>
/// <param name="Guid">PDB signature GUID.</param>
/// <param name="Age">PDB age.</param>
/// <param name="PdbPath">PDB path as the linker wrote it.</param>
public sealed record PECodeViewInfo(Guid Guid, uint Age, string PdbPath)
{
    /// <summary>GUID in registry form, upper case (<c>7123FEED-254C-0E37-4C4C-44205044422E</c>).</summary>
    public string GuidText => Guid.ToString("D").ToUpperInvariant();

    /// <summary>The symbol-server key: GUID without dashes, upper case, then the age in hex (<c>...2E1</c>).</summary>
    public string SymbolServerKey => Guid.ToString("N").ToUpperInvariant() + Age.ToString("X", CultureInfo.InvariantCulture);
}
