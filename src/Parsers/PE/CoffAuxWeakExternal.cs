using AbiPortal.Parsers.Primitives;

namespace AbiPortal.Parsers.PE;

/// <summary>
/// The auxiliary record of a weak external (PE/COFF spec, "Auxiliary Format 3: Weak Externals"):
/// it follows an IMAGE_SYM_CLASS_WEAK_EXTERNAL symbol and names the symbol the linker falls back
/// to when no other object defines the weak one. Same layout in /bigobj objects (padded to 20 bytes).
/// </summary>
/// <param name="TagIndex">Symbol-table index of the default symbol ("sym2").</param>
/// <param name="Characteristics">IMAGE_WEAK_EXTERN_SEARCH_NOLIBRARY/LIBRARY/ALIAS or IMAGE_WEAK_EXTERN_ANTI_DEPENDENCY.</param>
internal readonly record struct CoffAuxWeakExternal(uint TagIndex, uint Characteristics)
{
    /// <summary>IMAGE_WEAK_EXTERN_SEARCH_NOLIBRARY, _LIBRARY, _ALIAS.</summary>
    public const uint SearchNoLibrary = 1, SearchLibrary = 2, SearchAlias = 3;

    /// <summary>
    /// IMAGE_WEAK_EXTERN_ANTI_DEPENDENCY (ARM64EC): the symbol must NOT resolve to its tag; it is
    /// a linker constraint, not a definition, so it is not read as one.
    /// </summary>
    public const uint AntiDependency = 4;

    /// <summary>Reads the 8 meaningful bytes (TagIndex, Characteristics) of the record at <paramref name="offset"/>.</summary>
    public static bool TryRead(ByteReader reader, ulong offset, out CoffAuxWeakExternal aux)
    {
        aux = default;
        if (!reader.TryReadUInt32(offset, out uint tagIndex) || !reader.TryReadUInt32(offset + 4, out uint characteristics))
        {
            return false;
        }

        aux = new CoffAuxWeakExternal(tagIndex, characteristics);
        return true;
    }
}
