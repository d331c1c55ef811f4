namespace AbiPortal.Parsers.PE;

/// <summary>One import or delay-load import descriptor: the DLL and what is taken from it.</summary>
/// <param name="DllName">The DLL name as written.</param>
/// <param name="IsDelayLoad">True for IMAGE_DELAYLOAD_DESCRIPTOR entries.</param>
/// <param name="Functions">Lookup-table entries in order.</param>
public sealed record PEImportedLibrary(string DllName, bool IsDelayLoad, IReadOnlyList<PEImportedFunction> Functions);
