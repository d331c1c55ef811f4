namespace AbiPortal.Parsers.Diagnostics;

/// <summary>ar archive codes, AR4000–4999 (GNU/System V, BSD, thin and Windows .lib archives).</summary>
public static partial class DiagnosticCodes
{
    private const string Archive = "AR";

    /// <summary>The input does not start with <c>!&lt;arch&gt;\n</c> or <c>!&lt;thin&gt;\n</c> (fatal).</summary>
    public static readonly DiagnosticCode ArBadMagic = new(Archive, 4001);

    /// <summary>A member header is truncated, lacks its ar_fmag or has a non-decimal ar_size; the walk stops there.</summary>
    public static readonly DiagnosticCode ArBadMemberHeader = new(Archive, 4002);

    /// <summary>A member's ar_size runs past the end of the archive; the walk stops there.</summary>
    public static readonly DiagnosticCode ArMemberOutOfRange = new(Archive, 4003);

    /// <summary>A <c>/123</c> name points outside the <c>//</c> table, or there is no such table.</summary>
    public static readonly DiagnosticCode ArBadLongName = new(Archive, 4004);

    /// <summary>A BSD <c>#1/NN</c> name length is not a number or exceeds the member.</summary>
    public static readonly DiagnosticCode ArBadBsdName = new(Archive, 4005);

    /// <summary>The symbol index (<c>/</c>, <c>/SYM64/</c>, <c>__.SYMDEF</c>, linker members) is truncated or its counts do not fit.</summary>
    public static readonly DiagnosticCode ArBadSymbolIndex = new(Archive, 4006);

    /// <summary>A symbol index entry points at no member header.</summary>
    public static readonly DiagnosticCode ArSymbolIndexBadOffset = new(Archive, 4007);

    /// <summary>The index lists a symbol its member does not define.</summary>
    public static readonly DiagnosticCode ArSymbolIndexExtraSymbol = new(Archive, 4008);

    /// <summary>A member defines a global symbol the index does not list (a linker will not find it).</summary>
    public static readonly DiagnosticCode ArSymbolIndexMissingSymbol = new(Archive, 4009);

    /// <summary>More members than <see cref="ParseLimits.MaxArchiveMembers"/>.</summary>
    public static readonly DiagnosticCode ArTooManyMembers = new(Archive, 4010);

    /// <summary>A thin archive member lives outside the archive and is listed, not read.</summary>
    public static readonly DiagnosticCode ArExternalMemberNotRead = new(Archive, 4011);
}
