using AbiPortal.Parsers.Lint;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Lint;

/// <summary>
/// docs/lint.md's rules table is <see cref="LintRules.DocsTable"/>. After an intended change:
/// <c>ABIPORTAL_UPDATE_GOLDEN=1 dotnet test tests/AbiPortal.Parsers.Tests --filter LintDocsTests</c>.
/// </summary>
public sealed class LintDocsTests
{
    private const string Begin = "<!-- lint-rules: generated from LintRules (src/Parsers/Lint); ABIPORTAL_UPDATE_GOLDEN=1 dotnet test --filter LintDocsTests rewrites it -->\n";
    private const string End = "<!-- lint-rules: end -->";

    private static string DocsPath => Path.Combine(TestPaths.RepoRoot, "docs", "lint.md");

    [Fact]
    public void The_docs_table_is_the_one_LintRules_writes()
    {
        string docs = File.ReadAllText(DocsPath);
        int begin = docs.IndexOf(Begin, StringComparison.Ordinal);
        int end = docs.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "docs/lint.md lacks the lint-rules markers");
        string expected = LintRules.DocsTable();
        if (Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1")
        {
            docs = docs[..(begin + Begin.Length)] + expected + docs[end..];
            File.WriteAllText(DocsPath, docs);
            end = begin + Begin.Length + expected.Length;
        }

        Assert.Equal(expected, docs[(begin + Begin.Length)..end]);
    }

    [Fact]
    public void Rule_ids_are_unique_lower_case_words()
    {
        Assert.Equal(LintRules.Infos.Count, LintRules.Infos.Select(r => r.Id).Distinct().Count());
        Assert.All(LintRules.Infos, r => Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Id));
    }
}
