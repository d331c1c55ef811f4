namespace AbiPortal.Parsers.PE;

/// <summary>
/// One <c>/EXPORT:name[=internal][,@ordinal[,NONAME]][,DATA][,PRIVATE]</c> directive from a
/// <c>.drectve</c> section (the linker option syntax documented for MSVC's /EXPORT).
/// </summary>
/// <param name="Name">The name the DLL will export.</param>
/// <param name="InternalName">The symbol it refers to when it differs (<c>name=internal</c>), else null.</param>
/// <param name="Ordinal">Explicit <c>@ordinal</c>, or null.</param>
/// <param name="IsData">DATA was given.</param>
/// <param name="IsNoName">NONAME was given.</param>
/// <param name="IsPrivate">PRIVATE was given (kept out of the import library).</param>
public sealed record CoffDirectiveExport(string Name, string? InternalName, uint? Ordinal, bool IsData, bool IsNoName, bool IsPrivate);
