namespace AbiPortal.Parsers.Diff;

/// <summary>A labelled link in a Markdown report (an artifact download, a snapshot).</summary>
/// <param name="Label">Link text.</param>
/// <param name="Url">Absolute URL.</param>
public sealed record MarkdownLink(string Label, string Url);
