namespace AbiPortal.Parsers.Lint.Unwind;

/// <summary>One FDE of <c>.eh_frame</c>: the code it covers, its CIE's personality routine (the slot or function address) and its LSDA.</summary>
/// <param name="Start">pc_begin.</param>
/// <param name="Length">pc_range.</param>
/// <param name="Personality">Address of the personality pointer (a slot when <paramref name="PersonalityIndirect"/>), null when the CIE names none.</param>
/// <param name="PersonalityIndirect">The personality is read through a pointer slot (DW_EH_PE_indirect), as position-independent code does.</param>
/// <param name="Lsda">Address of the language-specific data area, null when the FDE has none.</param>
internal sealed record UnwindEntry(ulong Start, ulong Length, ulong? Personality, bool PersonalityIndirect, ulong? Lsda);
