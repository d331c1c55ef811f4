using System.Text.Json;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>abiportal diff</c> on the fixture pairs of tests/fixtures/diff (real libraries built by gcc,
/// clang + lld-link, ld64.lld, llvm-lipo and llvm-ar, each pair differing in one way): the exit
/// status, the change kind, and golden text, JSON and Markdown outputs. Regenerate the goldens
/// after an intended change with <c>ABIPORTAL_UPDATE_GOLDEN=1</c>.
/// </summary>
public sealed class DiffFixtureTests
{
    /// <summary>Pair, expected exit status, the change kind the pair is about.</summary>
    public static TheoryData<string, int, string> Pairs => new()
    {
        { "export-removed", 12, "export-removed" },
        { "export-added", 4, "export-added" },
        { "version-removed", 12, "version-removed" },
        { "default-version-moved", 4, "default-version-moved" },
        { "version-node-renamed", 12, "version-node-renamed" },
        { "kind-changed", 12, "kind-changed" },
        { "binding-changed", 4, "binding-changed" },
        { "visibility-changed", 12, "visibility-changed" },
        { "size-changed", 12, "size-changed" },
        { "soname-changed", 12, "identity-changed" },
        { "dependency-added", 4, "dependency-added" },
        { "required-version", 4, "required-version-added" },
        { "pe-export-removed", 12, "export-removed" },
        { "pe-ordinal-changed", 12, "ordinal-changed" },
        { "pe-ordinal-only-removed", 12, "ordinal-export-removed" },
        { "pe-forwarder-added", 4, "forwarder-added" },
        { "macho-export-removed", 12, "export-removed" },
        { "macho-compat-lowered", 12, "compatibility-version-lowered" },
        { "macho-current-version", 0, "current-version-changed" },
        { "fat-slice-added", 4, "member-added" },
        { "archive-member-removed", 12, "member-removed" },
        { "signature-changed", 12, "signature-changed" },
    };

    private static bool Update => Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1";

    private static (string Old, string New) Files(string pair)
    {
        string dir = Path.Combine(TestPaths.Fixtures("diff"), pair);
        string old = Directory.GetFiles(dir, "old.*").Single();
        string @new = Directory.GetFiles(dir, "new.*").Single();
        return (old, @new);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Pair_differs_in_exactly_the_expected_way(string pair, int exit, string kind)
    {
        var (o, n) = Files(pair);
        var (actualExit, stdout, stderr) = CliRunner.Run("diff", "--json", o, n);
        Assert.True(exit == actualExit, $"exit {actualExit}, stderr: {stderr}");
        using var doc = JsonDocument.Parse(stdout);
        var kinds = doc.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal([kind], kinds);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Outputs_match_the_goldens(string pair, int exit, string kind)
    {
        _ = kind;
        var (o, n) = Files(pair);
        string dir = Path.GetDirectoryName(o)!;
        foreach (var (option, golden) in new[] { ("--raw", "expected.txt"), ("--json", "expected.json"), ("--markdown", "expected.md") })
        {
            var (actualExit, stdout, _) = CliRunner.Run("diff", option, o, n);
            Assert.Equal(exit, actualExit);
            string path = Path.Combine(dir, golden);
            if (Update)
            {
                File.WriteAllText(path, stdout);
            }

            Assert.True(File.Exists(path), $"{path} is missing; run with ABIPORTAL_UPDATE_GOLDEN=1");
            Assert.Equal(File.ReadAllText(path), stdout);
        }
    }

    [Fact]
    public void Rust_rebuild_pair_is_info_only_and_exits_0()
    {
        var (o, n) = Files("rust-rebuild");
        var (exit, stdout, _) = CliRunner.Run("diff", "--json", "--fail-on", "any", o, n);
        Assert.Equal(0, exit);
        var diff = DiffJson.Deserialize(stdout);
        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.RustHashChanged, "_ZN7mycrate6parser5parse17h0123456789abcdefE", "_ZN7mycrate6parser5parse17hfedcba9876543210E"), (change.Kind, change.Before, change.After));
    }

    [Fact]
    public void Cpp_signature_pair_is_one_signature_change()
    {
        // The names as c++filt prints them; until the Itanium demangler fills Demangled itself,
        // the test fills it, so the pairing is tested on the real binaries either way.
        var demangled = new Dictionary<string, string>
        {
            ["_ZN2ns5Codec6encodeEPKci"] = "ns::Codec::encode(char const*, int)",
            ["_ZN2ns5Codec6encodeEPKcm"] = "ns::Codec::encode(char const*, unsigned long)",
            ["_ZN2ns5Codec5resetEv"] = "ns::Codec::reset()",
        };
        Snapshot Read(string path)
        {
            var s = SnapshotReader.ReadFile(path);
            return s with { Exports = s.Exports.Select(e => e with { Demangled = e.Demangled ?? demangled.GetValueOrDefault(e.Name!) }).ToArray() };
        }

        var (o, n) = Files("signature-changed");
        var diff = SnapshotDiffer.Compare(Read(o), Read(n));
        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.SignatureChanged, change.Kind);
        Assert.Equal(("ns::Codec::encode(char const*, int)", "ns::Codec::encode(char const*, unsigned long)"), (change.Before, change.After));
        Assert.Equal(12, CliRunner.Run("diff", o, n).Exit);
    }
}
