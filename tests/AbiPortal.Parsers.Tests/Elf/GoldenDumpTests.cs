using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>
/// Each ELF fixture's text dump (the table of <c>abiportal inspect</c>) equals its committed
/// <c>NAME.expected.txt</c>. Set ABIPORTAL_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
/// </summary>
public sealed class GoldenDumpTests
{
    public static TheoryData<string> Fixtures() => new(ElfFixtures.Binaries());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Text_dump_matches_the_committed_golden_file(string name)
    {
        string actual = SnapshotTextFormatter.Format(ElfFixtures.Read(name), demangle: false);
        string expectedPath = Path.Combine(TestPaths.Fixtures("elf"), name + ".expected.txt");
        if (Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with ABIPORTAL_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Fact]
    public void Every_fixture_binary_has_a_golden_file()
        => Assert.True(ElfFixtures.Binaries().Count() >= 12, "The ELF fixtures are missing; run tests/fixtures/elf/build.sh.");
}
