namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// Parts of the output that can be left out, as <c>llvm-undname</c>'s <c>--no-*</c> options do.
/// The default (<see cref="Default"/>) prints everything.
/// </summary>
[Flags]
internal enum OutputFlags
{
    Default = 0,
    NoCallingConvention = 1,
    NoTagSpecifier = 2,
    NoAccessSpecifier = 4,
    NoMemberType = 8,
    NoReturnType = 16,
    NoVariableType = 32,
}
