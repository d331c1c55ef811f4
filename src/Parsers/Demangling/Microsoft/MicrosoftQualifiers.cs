namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// Type and pointer qualifiers of the Microsoft decoration scheme (cv letters <c>A</c>-<c>D</c>,
/// member letters <c>Q</c>-<c>T</c>, and the pointer extension letters <c>E</c> (<c>__ptr64</c>),
/// <c>I</c> (<c>__restrict</c>) and <c>F</c> (<c>__unaligned</c>)).
/// </summary>
[Flags]
internal enum MicrosoftQualifiers
{
    None = 0,
    Const = 1,
    Volatile = 2,
    Far = 4,
    Huge = 8,
    Unaligned = 16,
    Restrict = 32,
    Pointer64 = 64,
}
