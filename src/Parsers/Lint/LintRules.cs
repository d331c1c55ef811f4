using AbiPortal.Parsers.Lint.Rules;

namespace AbiPortal.Parsers.Lint;

/// <summary>Every rule, in the order reports list them. Ids are a contract (docs/lint.md): never renamed or reused.</summary>
public static class LintRules
{
    internal static IReadOnlyList<ILintRule> All { get; } =
    [
        new CalleeSavedRegisterRule(),
        new StackAlignmentRule(),
        new ShadowSpaceRule(),
        new ExceptionBoundaryRule(),
        new AggregateByValueRule(),
        new AllocatorBoundaryRule(),
        new OwnedBufferRule(),
        new CallbackContextRule(),
        new CxxTypeInCSignatureRule(),
        new MangledExportsRule(),
        new RuntimeInternalsRule(),
        new BundledLibraryRule(),
        new UnversionedExportRule(),
    ];

    /// <summary>Every rule's description.</summary>
    public static IReadOnlyList<LintRuleInfo> Infos { get; } = All.Select(r => r.Info).ToArray();

    /// <summary>The rules table of docs/lint.md (Markdown), written from the rules themselves so the two cannot drift.</summary>
    public static string DocsTable()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("| id | level | evidence | what it finds | why it matters | fix |\n|---|---|---|---|---|---|\n");
        foreach (var r in Infos)
        {
            sb.Append("| `").Append(r.Id).Append("` | ").Append(LintTextRenderer.Level(r.Level)).Append(" | ").Append(Snapshots.EnumNames.Of(r.Evidence))
              .Append(" | ").Append(r.Title).Append(" | ").Append(r.Rationale).Append(" | ").Append(r.FixHint).Append(" |\n");
        }

        return sb.ToString();
    }

    /// <summary>A rule's description by id.</summary>
    public static LintRuleInfo? Find(string id) => Infos.FirstOrDefault(r => r.Id == id);
}
