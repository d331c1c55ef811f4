using AbiPortal.Parsers.Diff;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Diff;

public sealed class DocsTests
{
    [Fact]
    public void Docs_describe_every_change_kind()
    {
        string docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "diff.md"));
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            Assert.Contains($"`{ChangeKinds.Name(kind)}`", docs, StringComparison.Ordinal);
        }
    }
}
