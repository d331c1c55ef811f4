namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// The function-class letter after a function name (<c>A</c>-<c>Z</c>, <c>$0</c>-<c>$5</c>, <c>9</c>):
/// access, static/virtual, and which this-adjusting thunk it is.
/// </summary>
[Flags]
internal enum FunctionClass
{
    None = 0,
    Public = 1 << 0,
    Protected = 1 << 1,
    Private = 1 << 2,
    Global = 1 << 3,
    Static = 1 << 4,
    Virtual = 1 << 5,
    Far = 1 << 6,
    ExternC = 1 << 7,
    NoParameterList = 1 << 8,
    VirtualThisAdjust = 1 << 9,
    VirtualThisAdjustEx = 1 << 10,
    StaticThisAdjust = 1 << 11,
}
