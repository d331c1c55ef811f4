namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// One abbreviation declaration (DWARF 5, 7.5.3): the tag, whether DIEs using it have children,
/// and its attribute specifications (a range of <see cref="DwarfAbbreviationTable.Specs"/>).
/// </summary>
internal sealed class DwarfAbbreviation
{
    public required ushort Tag { get; init; }

    public required bool HasChildren { get; init; }

    /// <summary>Index of the first specification in the table's array.</summary>
    public required int First { get; init; }

    public required int Count { get; init; }

    /// <summary>Total bytes of the attribute values when every form has a fixed size, else -1: such DIEs are skipped in one step.</summary>
    public required int FixedSize { get; init; }

    /// <summary>Bit n set when slot n has an attribute (<see cref="DwarfSlot"/>).</summary>
    public required ulong Slots { get; init; }

    public bool Has(DwarfSlot slot) => (Slots & (1UL << (int)slot)) != 0;
}
