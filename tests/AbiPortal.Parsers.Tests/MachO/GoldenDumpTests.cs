using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>
/// The text dump (the table of <c>abiportal inspect</c>) of each Mach-O and archive fixture
/// equals its committed <c>NAME.expected.txt</c>. Set ABIPORTAL_UPDATE_GOLDEN=1 to rewrite them
/// after a deliberate change, then review the diff.
/// </summary>
public sealed class GoldenDumpTests
{
    public static TheoryData<string, string> Fixtures => new()
    {
        { "macho", "libbase.x86_64.dylib" },
        { "macho", "libbase.arm64.dylib" },
        { "macho", "libwrap.x86_64.dylib" },
        { "macho", "libwrap.arm64.dylib" },
        { "macho", "libbase.fat.dylib" },
        { "macho", "base.x86_64.o" },
        { "macho", "base.arm64.o" },
        { "macho", "hello.x86_64" },
        { "macho", "plugin.x86_64.bundle" },
        { "archives", "libelf-gnu.a" },
        { "archives", "libelf-bsd.a" },
        { "archives", "libelf-thin.a" },
        { "archives", "libelf-dup.a" },
        { "archives", "libcoff-gnu.a" },
        { "archives", "coff.lib" },
        { "archives", "gamma.lib" },
        { "archives", "libmacho-x86_64.a" },
        { "archives", "libmacho-fat.a" },
        { "archives", "libelf-sym64.a" },
        { "archives", "libmacho-sym64.a" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Text_dump_matches_the_committed_golden_file(string area, string name)
    {
        var snapshot = SnapshotReader.ReadFile(TestPaths.Fixture(area, name), new SnapshotReadOptions { ComputeSha256 = false, Demangle = false });
        string actual = SnapshotTextFormatter.Format(snapshot, demangle: false);
        string expectedPath = Path.Combine(TestPaths.Fixtures(area), name + ".expected.txt");
        if (Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with ABIPORTAL_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
