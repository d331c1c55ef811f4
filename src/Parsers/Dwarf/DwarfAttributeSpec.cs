namespace AbiPortal.Parsers.Dwarf;

/// <summary>One (attribute, form) pair of an abbreviation (DWARF 5, 7.5.3), with its slot and its size when fixed.</summary>
/// <param name="Name">DW_AT_* code.</param>
/// <param name="Form">DW_FORM_* code.</param>
/// <param name="Slot">Where <see cref="DwarfDie"/> keeps the value, or none.</param>
/// <param name="FixedSize">Bytes the value takes in the DIE, or -1 when the form has a variable length.</param>
/// <param name="ImplicitConst">The value of a DW_FORM_implicit_const attribute, stored in the abbreviation.</param>
internal readonly record struct DwarfAttributeSpec(ushort Name, ushort Form, DwarfSlot Slot, int FixedSize, long ImplicitConst);
