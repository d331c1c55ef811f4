namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// Every diagnostic code the parsers emit. General codes live here; each format declares its own
/// in a partial file (<c>DiagnosticCodes.Elf.cs</c>, ...). Numbers are never reused.
/// </summary>
public static partial class DiagnosticCodes
{
    private const string General = "GEN";

    /// <summary>No reader recognises the first bytes of the input.</summary>
    public static readonly DiagnosticCode UnknownFormat = new(General, 1);

    /// <summary>The input is empty.</summary>
    public static readonly DiagnosticCode EmptyInput = new(General, 2);

    /// <summary>The input is larger than one span can address.</summary>
    public static readonly DiagnosticCode InputTooLarge = new(General, 3);

    /// <summary>The file could not be opened or read.</summary>
    public static readonly DiagnosticCode Unreadable = new(General, 4);

    /// <summary>A configured limit (<see cref="ParseLimits"/>) stopped parsing early.</summary>
    public static readonly DiagnosticCode LimitExceeded = new(General, 5);

    // GEN0006 was "no reader for this format in this build", used only while the readers were
    // being written; every detected format has a reader now. The number stays retired.

    /// <summary>Containers nested deeper than <see cref="ParseLimits.MaxNestingDepth"/>.</summary>
    public static readonly DiagnosticCode NestingTooDeep = new(General, 7);

    /// <summary>Too many diagnostics; the rest were dropped.</summary>
    public static readonly DiagnosticCode TooManyDiagnostics = new(General, 8);

    /// <summary>
    /// The snapshot is partial: a cap of <see cref="ParseLimits"/> stopped reading somewhere in the
    /// file. Added once, last, to the top-level snapshot, naming the caps that were hit.
    /// </summary>
    public static readonly DiagnosticCode PartialSnapshot = new(General, 9);
}
