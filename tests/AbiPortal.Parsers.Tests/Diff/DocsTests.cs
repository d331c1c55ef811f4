using AbiPortal.Parsers.Diff;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>
/// docs/diff.md's table of change kinds is <see cref="ChangeKinds.DocsTable"/>, so every kind's
/// tier and reason are written once, in ChangeKinds. After an intended change:
/// <c>ABIPORTAL_UPDATE_GOLDEN=1 dotnet test tests/AbiPortal.Parsers.Tests --filter DocsTests</c>.
/// </summary>
public sealed class DocsTests
{
    private const string Begin = "<!-- change-kinds: generated from ChangeKinds (src/Parsers/Diff/ChangeKinds.Table.cs); ABIPORTAL_UPDATE_GOLDEN=1 dotnet test --filter DocsTests rewrites it -->\n";
    private const string End = "<!-- change-kinds: end -->";

    [Fact]
    public void The_docs_table_is_the_one_ChangeKinds_writes()
        => GeneratedDocSection.AssertCurrent("diff.md", Begin, End, ChangeKinds.DocsTable());

    [Fact]
    public void Every_change_kind_has_its_own_entry_in_declaration_order()
    {
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            string name = ChangeKinds.Name(kind);
            string stem = name.Split('-')[0];
            stem = stem[..Math.Min(4, stem.Length)];

            // A missing entry falls back to the JSON name; a shifted one names another kind.
            Assert.NotEqual(name, ChangeKinds.Title(kind));
            Assert.Contains(stem, ChangeKinds.Title(kind), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("|", ChangeKinds.DescriptionMarkdown(kind), StringComparison.Ordinal);
            Assert.DoesNotContain("`", ChangeKinds.Description(kind), StringComparison.Ordinal);
        }
    }
}
