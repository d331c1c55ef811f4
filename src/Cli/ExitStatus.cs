using AbiPortal.Cli.Commands;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli;

/// <summary>
/// Exit statuses of <c>check</c>, the same as <c>diff</c>'s (abidiff's bits, docs/diff.md):
/// 0 no change, 4 compatible changes, 12 incompatible ones (or any change with
/// <c>--fail-on any</c>), always 0 with <c>--fail-on none</c>; 1 error, 2 usage.
/// </summary>
internal static class ExitStatus
{
    public const int Error = 1;
    public const int Usage = 2;

    /// <summary>The status for a verdict as the server spells it (<c>none</c>, <c>compatible</c>, <c>incompatible</c>).</summary>
    public static int For(string verdict, string failOn)
        => EnumNames.TryParse(verdict, out Verdict v) ? DiffCommand.ExitStatus(v, failOn) : Error;
}
