using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Names, titles, tiers and descriptions of <see cref="ChangeKind"/> values: the one source for
/// renderers, SARIF rules, the UI and the table in docs/diff.md (a test keeps that table equal
/// to <see cref="DocsTable"/>).
/// </summary>
public static partial class ChangeKinds
{
    /// <summary>The JSON name (<c>export-removed</c>), also the SARIF rule id and the suppression key.</summary>
    public static string Name(ChangeKind kind) => EnumNames.Of(kind);

    /// <summary>Parses a JSON name.</summary>
    public static bool TryParse(string? text, out ChangeKind kind) => EnumNames.TryParse(text, out kind);

    /// <summary>Words for a heading: <c>exports removed</c>.</summary>
    public static string Title(ChangeKind kind) => Info(kind).Plural;

    /// <summary>Words after a count: <c>1 export removed</c>, <c>2 exports removed</c>.</summary>
    public static string Title(ChangeKind kind, long count) => count == 1 ? Info(kind).Singular : Info(kind).Plural;

    /// <summary>
    /// The tier a change of this kind usually has; <see cref="Description"/> names the cases that
    /// differ (a linker-defined symbol removed is info, not incompatible).
    /// </summary>
    public static ChangeSeverity Tier(ChangeKind kind) => Info(kind).Tier;

    /// <summary>What the kind means and why it has its tier, as plain text (SARIF rule text, the UI).</summary>
    public static string Description(ChangeKind kind) => Info(kind).Description.Replace("`", string.Empty, StringComparison.Ordinal);

    /// <summary>The same with names in Markdown code spans (docs/diff.md, SARIF <c>markdown</c>).</summary>
    public static string DescriptionMarkdown(ChangeKind kind) => Info(kind).Description;

    /// <summary>The table of docs/diff.md, "Change kinds": one row per kind, in declaration order.</summary>
    public static string DocsTable()
    {
        var sb = new System.Text.StringBuilder("| kind | tier | what and why |\n|---|---|---|\n");
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            sb.Append("| `").Append(Name(kind)).Append("` | ").Append(EnumNames.Of(Tier(kind))).Append(" | ").Append(DescriptionMarkdown(kind)).Append(" |\n");
        }

        return sb.ToString();
    }

    private static KindInfo Info(ChangeKind kind)
        => (uint)kind < (uint)Table.Length ? Table[(int)kind] : new KindInfo(Name(kind), Name(kind), ChangeSeverity.Info, Name(kind));

    /// <param name="Plural">Heading words.</param>
    /// <param name="Singular">Words after a count of one.</param>
    /// <param name="Tier">The usual tier.</param>
    /// <param name="Description">What and why, Markdown code spans allowed (no pipes).</param>
    private sealed record KindInfo(string Plural, string Singular, ChangeSeverity Tier, string Description);
}
