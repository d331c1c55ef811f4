using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli;

/// <summary>
/// Exit statuses of every command. <c>diff</c> and <c>check</c> use abidiff's bits (docs/diff.md):
/// 0 no change, 4 a change below the <c>--fail-on</c> tier, 12 a change at or above it (by
/// default: incompatible changes exit 12, every other tier 4), always 0 with <c>--fail-on none</c>;
/// 1 error, 2 usage.
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

    /// <summary>
    /// The words <c>--fail-on</c> accepts: a tier (the verdicts from that tier up set bit 8),
    /// <c>any</c> (as <c>compatible</c>: every counted change) and <c>none</c> (always exit 0).
    /// </summary>
    public static readonly string[] FailOnWords = ["none", "incompatible", "api-break", "risk", "compatible", "any"];

    /// <summary>abidiff's bits: 4 when the ABI changed at all, plus 8 when the verdict reaches the --fail-on tier.</summary>
    public static int For(Verdict verdict, string failOn)
    {
        if (failOn == "none" || verdict == Verdict.None)
        {
            return 0;
        }

        return AbiChangeBit | (verdict >= Threshold(failOn) ? IncompatibleBit : 0);
    }

    /// <summary>The status for a verdict as the server spells it (<c>none</c>, <c>compatible</c>, <c>risk</c>, <c>api-break</c>, <c>incompatible</c>).</summary>
    public static int For(string verdict, string failOn)
        => EnumNames.TryParse(verdict, out Verdict v) ? For(v, failOn) : Error;

    /// <summary>The least verdict that fails for a <c>--fail-on</c> word (<c>none</c> is handled by the caller).</summary>
    public static Verdict Threshold(string failOn)
        => failOn == "any" ? Verdict.Compatible : EnumNames.TryParse(failOn, out Verdict v) && v != Verdict.None ? v : Verdict.Incompatible;
}
