using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>
/// The inspect table of every PE/COFF fixture, compared with tests/fixtures/pe/golden/&lt;file&gt;.txt.
/// Names are shown raw so the dumps do not change when the demanglers land. After a deliberate
/// change, rerun with ABIPORTAL_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class PEGoldenTests
{
    private static readonly string[] Extensions = [".dll", ".exe", ".obj", ".lib"];

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(TestPaths.Fixtures("pe")).Where(p => Extensions.Contains(Path.GetExtension(p))).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Text_dump_matches_the_golden_file(string file)
    {
        var snapshot = SnapshotReader.ReadFile(TestPaths.Fixture("pe", file), new SnapshotReadOptions { Demangle = false, ComputeSha256 = false });
        string actual = SnapshotTextFormatter.Format(snapshot, demangle: false);
        string golden = Path.Combine(TestPaths.Fixtures("pe"), "golden", file + ".txt");
        if (Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"{golden} is missing; run the tests with ABIPORTAL_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(golden), actual);
    }
}
