namespace AbiPortal.Parsers.Elf;

/// <summary>A resolved version need: a library and the versions required from it.</summary>
/// <param name="File">vn_file resolved: the needed library's name.</param>
/// <param name="Versions">The Vernaux entries resolved.</param>
public sealed record ElfVersionNeed(string File, IReadOnlyList<ElfVersionRequirement> Versions);
