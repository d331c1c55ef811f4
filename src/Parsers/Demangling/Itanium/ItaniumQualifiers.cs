namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Bit values of cv-qualifiers and ref-qualifiers kept in <see cref="ItaniumNode.Flags"/>.</summary>
internal static class ItaniumQualifiers
{
    public const int Const = 1;
    public const int Volatile = 2;
    public const int Restrict = 4;

    /// <summary>Ref-qualifier <c>&amp;</c> (shifted by <see cref="RefShift"/> in function flags).</summary>
    public const int RefLValue = 1;

    /// <summary>Ref-qualifier <c>&amp;&amp;</c>.</summary>
    public const int RefRValue = 2;

    /// <summary>Where a function's ref-qualifier sits in its flags.</summary>
    public const int RefShift = 4;
}
