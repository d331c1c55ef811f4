namespace AbiPortal.Cli.Commands;

/// <summary>
/// A command's description as <c>--help</c> prints it: what it does, its exit statuses and two
/// examples, so a CI author reads what a status means without the docs.
/// </summary>
internal static class CommandHelp
{
    /// <summary>The summary, then "Exit status:" lines and "Examples:" lines.</summary>
    public static string Describe(string summary, IReadOnlyList<string> exitStatuses, params string[] examples)
    {
        var lines = new List<string> { summary, "", "Exit status:" };
        lines.AddRange(exitStatuses.Select(s => "  " + s));
        lines.Add("");
        lines.Add("Examples:");
        lines.AddRange(examples.Select(e => "  " + e));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>abidiff's bits, which diff and check share (docs/diff.md).</summary>
    public static IReadOnlyList<string> DiffStatuses { get; } =
    [
        "0   no ABI change (or --fail-on none)",
        "4   changes below the --fail-on tier (default: compatible, risk or api-break changes)",
        "12  a change at or above the --fail-on tier (default: incompatible)",
        "1   an error (a file could not be read)",
        "2   a usage error (unknown option, missing argument)",
    ];
}
