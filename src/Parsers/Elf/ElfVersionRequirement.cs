namespace AbiPortal.Parsers.Elf;

/// <summary>One required version (a resolved Vernaux).</summary>
/// <param name="Name">vna_name resolved.</param>
/// <param name="Index">vna_other: the .gnu.version index that refers to it.</param>
/// <param name="Flags">vna_flags.</param>
public sealed record ElfVersionRequirement(string Name, ushort Index, ushort Flags);
