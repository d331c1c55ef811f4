using AbiPortal.Parsers.Lint;

namespace AbiPortal.Parsers.Tests.Lint;

/// <summary>
/// docs/lint.md's rules table is <see cref="LintRules.DocsTable"/>. After an intended change:
/// <c>ABIPORTAL_UPDATE_GOLDEN=1 dotnet test tests/AbiPortal.Parsers.Tests --filter LintDocsTests</c>.
/// </summary>
public sealed class LintDocsTests
{
    private const string Begin = "<!-- lint-rules: generated from LintRules (src/Parsers/Lint); ABIPORTAL_UPDATE_GOLDEN=1 dotnet test --filter LintDocsTests rewrites it -->\n";
    private const string End = "<!-- lint-rules: end -->";

    [Fact]
    public void The_docs_table_is_the_one_LintRules_writes()
        => GeneratedDocSection.AssertCurrent("lint.md", Begin, End, LintRules.DocsTable());

    [Fact]
    public void Rule_ids_are_unique_lower_case_words()
    {
        Assert.Equal(LintRules.Infos.Count, LintRules.Infos.Select(r => r.Id).Distinct().Count());
        Assert.All(LintRules.Infos, r => Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Id));
    }
}
