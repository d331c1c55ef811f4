namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// What a function signature specialization did to a parameter: the index of a
/// FunctionSignatureSpecializationParamKind node. Values below 64 are kinds; from 64 up they are
/// flags that combine (Swift's <c>FunctionSigSpecializationParamKind</c>).
/// </summary>
internal static class SwiftSpecParamKind
{
    public const ulong ConstantPropFunction = 0;
    public const ulong ConstantPropGlobal = 1;
    public const ulong ConstantPropInteger = 2;
    public const ulong ConstantPropFloat = 3;
    public const ulong ConstantPropString = 4;
    public const ulong ClosureProp = 5;
    public const ulong BoxToValue = 6;
    public const ulong BoxToStack = 7;
    public const ulong InOutToOut = 8;
    public const ulong ConstantPropKeyPath = 9;

    public const ulong Dead = 1 << 6;
    public const ulong OwnedToGuaranteed = 1 << 7;
    public const ulong Sroa = 1 << 8;
    public const ulong GuaranteedToOwned = 1 << 9;
    public const ulong ExistentialToGeneric = 1 << 10;
}
