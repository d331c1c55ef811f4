namespace AbiPortal.Parsers.Elf;

/// <summary>A resolved version definition: its index, flags and names (the first is the version, the rest its parents).</summary>
/// <param name="Index">vd_ndx.</param>
/// <param name="Flags">vd_flags.</param>
/// <param name="Names">The Verdaux names in order.</param>
public sealed record ElfVersionDefinition(ushort Index, ushort Flags, IReadOnlyList<string> Names)
{
    /// <summary>The version name (first Verdaux).</summary>
    public string Name => Names.Count > 0 ? Names[0] : string.Empty;
}
