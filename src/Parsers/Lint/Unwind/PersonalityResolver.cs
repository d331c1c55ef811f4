namespace AbiPortal.Parsers.Lint.Unwind;

/// <summary>
/// Names a CIE's personality routine. Position-independent code reaches it through a data slot
/// (<c>DW.ref.__gxx_personality_v0</c>) that a dynamic relocation fills; a direct pointer names a
/// function defined in the file (a statically linked runtime).
/// </summary>
internal static class PersonalityResolver
{
    public static string? Name(RelocationIndex relocations, ulong address, bool indirect)
        => indirect ? relocations.Slot(address) : relocations.Function(address);
}
