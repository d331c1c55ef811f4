using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli;

/// <summary>
/// Exit statuses of every command. <c>diff</c> and <c>check</c> use abidiff's bits (docs/diff.md):
/// 0 no change, 4 compatible changes, 12 incompatible ones (or any change with
/// <c>--fail-on any</c>), always 0 with <c>--fail-on none</c>; 1 error, 2 usage.
/// </summary>
internal static class ExitStatus
{
    public const int Error = 1;

    /// <summary>A usage error (bad options), as abidiff uses it.</summary>
    public const int Usage = 2;

    /// <summary>abidiff's ABIDIFF_ABI_CHANGE bit.</summary>
    public const int AbiChangeBit = 4;

    /// <summary>abidiff's ABIDIFF_ABI_INCOMPATIBLE_CHANGE bit.</summary>
    public const int IncompatibleBit = 8;

    /// <summary>abidiff's bits: 4 when the ABI changed at all, plus 8 when a change reaches the --fail-on level.</summary>
    public static int For(Verdict verdict, string failOn)
    {
        if (failOn == "none" || verdict == Verdict.None)
        {
            return 0;
        }

        bool fails = verdict == Verdict.Incompatible || failOn == "any";
        return AbiChangeBit | (fails ? IncompatibleBit : 0);
    }

    /// <summary>The status for a verdict as the server spells it (<c>none</c>, <c>compatible</c>, <c>incompatible</c>).</summary>
    public static int For(string verdict, string failOn)
        => EnumNames.TryParse(verdict, out Verdict v) ? For(v, failOn) : Error;
}
