using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Client.Components.Pages.Diff;

/// <summary>Ids and query names the diff page gives each group, so links and pagers land on it.</summary>
public static class DiffAnchors
{
    /// <summary>The id of a group's section: <c>g-incompatible-export-removed</c>.</summary>
    public static string Group(ChangeSeverity severity, ChangeKind kind) => $"g-{EnumNames.Of(severity)}-{ChangeKinds.Name(kind)}";

    /// <summary>
    /// The query parameter holding a group's page when every group is on the page
    /// (<c>p-incompatible-export-removed=3</c>): each group keeps its own page in the URL.
    /// </summary>
    public static string PageParameter(ChangeSeverity severity, ChangeKind kind) => "p-" + Group(severity, kind)[2..];

    /// <summary>The colour class of a tier (<c>bad</c>, <c>warn</c>, <c>ok</c>, <c>info</c>), as tags and sections use it.</summary>
    public static string Css(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Incompatible => "bad",
        ChangeSeverity.ApiBreak or ChangeSeverity.Risk => "warn",
        ChangeSeverity.Compatible => "ok",
        _ => "info",
    };
}
