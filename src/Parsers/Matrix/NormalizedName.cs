namespace AbiPortal.Parsers.Matrix;

/// <summary>One exported name with its platform's decoration taken off.</summary>
/// <param name="Key">
/// What the matrix compares: the C name without decoration (<c>tally_add</c> for
/// <c>_tally_add</c>, <c>tally_add@12</c>, <c>@tally_add@12</c>), or for a C++ name the
/// comparable form of its demangled signature (<see cref="CppSignatureKey"/>).
/// </param>
/// <param name="Lookup">
/// The name a loader lookup uses on that platform: <c>dlsym</c>'s name on ELF and Mach-O
/// (without Mach-O's underscore), <c>GetProcAddress</c>'s on Windows (decoration and all), the
/// DLL's own name for an import-library entry. Two platforms whose lookups are equal spell the
/// name the same way.
/// </param>
/// <param name="IsCpp">Whether the key is a C++ signature.</param>
/// <param name="LooseKey">For C++, the key with <c>long long</c> read as <c>long</c> when that differs (<see cref="CppSignatureKey.Loose"/>).</param>
public readonly record struct NormalizedName(string Key, string Lookup, bool IsCpp, string? LooseKey);
