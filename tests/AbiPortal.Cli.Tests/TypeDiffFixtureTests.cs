using System.Diagnostics;
using System.Text.Json;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>abiportal diff</c> on the pairs of tests/fixtures/typediff: small C and C++ libraries with
/// debug info, built by gcc and by clang (tests/fixtures/typediff/build.sh), one pair per change
/// the type-aware diff reports. For every build: the exit status, exactly the expected change
/// kinds, and golden text, JSON and Markdown; then abidiff as a reference reader. Regenerate the
/// goldens after an intended change with <c>ABIPORTAL_UPDATE_GOLDEN=1</c>.
/// </summary>
public sealed class TypeDiffFixtureTests
{
    /// <summary>Pair, expected exit status, the change kinds (sorted) the pair produces whichever compiler built it.</summary>
    private static readonly Dictionary<string, (int Exit, string Kinds)> Expected = new()
    {
        ["point"] = (12, "field-added,type-size-changed"),
        ["parameter-added"] = (12, "parameter-added"),
        ["parameter-removed"] = (12, "parameter-removed"),
        ["parameter-type-changed"] = (12, "parameter-type-changed"),
        ["parameter-renamed"] = (0, "parameter-renamed"),
        ["parameter-const-added"] = (0, "parameter-type-changed"),
        ["return-type-changed"] = (12, "return-type-changed"),
        ["variadic-changed"] = (12, "variadic-changed"),
        ["calling-convention-changed"] = (12, "calling-convention-changed"),
        ["noreturn-changed"] = (12, "noreturn-changed"),
        ["variable-type-changed"] = (12, "size-changed,variable-type-changed"),
        ["handed-out-grown"] = (4, "field-added,type-size-changed"),
        ["private-grown"] = (4, "field-added,type-size-changed"),
        ["private-version-node"] = (0, "field-added,type-size-changed"),
        ["by-value-grown"] = (12, "field-added,type-size-changed"),
        ["type-alignment-changed"] = (12, "type-alignment-changed,type-size-changed"),
        ["type-passing-changed"] = (12, "export-added,type-passing-changed"),
        ["field-removed"] = (12, "field-removed,type-size-changed"),
        ["field-moved"] = (12, "field-moved"),
        ["field-type-changed"] = (12, "field-type-changed"),
        ["field-renamed"] = (4, "field-renamed"),
        ["bit-field-changed"] = (12, "bit-field-changed"),
        ["type-became-opaque"] = (4, "type-became-opaque"),
        ["type-became-defined"] = (4, "type-became-defined"),
        ["struct-renamed"] = (4, "parameter-type-changed"),
        ["unreachable-type-changed"] = (0, ""),
        ["enumerator-added"] = (4, "enumerator-added"),
        ["enumerator-removed"] = (12, "enumerator-removed"),
        ["enumerator-value-changed"] = (12, "enumerator-added,enumerator-value-changed"),
        ["enumerator-renamed"] = (4, "enumerator-renamed"),
        ["enum-count-marker"] = (4, "enumerator-added,enumerator-value-changed"),
        ["enum-size-changed"] = (12, "enum-size-changed,enumerator-added"),
        ["typedef-changed"] = (12, "typedef-changed"),
        ["typedef-respelled"] = (0, "parameter-type-changed,return-type-changed"),
        ["virtual-method-added"] = (12, "export-added,virtual-method-added,vtable-size-changed"),
        ["virtual-method-moved"] = (12, "export-added,virtual-method-added,virtual-method-moved,vtable-size-changed"),
        ["virtual-method-removed"] = (12, "export-removed,virtual-method-removed,vtable-size-changed"),
        ["base-added"] = (12, "base-added,field-moved,type-size-changed"),
        ["base-removed"] = (12, "base-removed,field-moved,type-size-changed"),
        ["base-moved"] = (12, "base-moved"),
    };

    /// <summary>gcc 12 records neither a function's calling convention nor how a class is passed: those pairs are clang's only.</summary>
    private static readonly string[] ClangOnly = ["calling-convention-changed", "type-passing-changed"];

    /// <summary>Where abidiff (libabigail 2.2) sees no change and this diff does, and why ours is right: docs/diff.md, "Compared with abidiff".</summary>
    private static readonly Dictionary<string, string> MoreThanAbidiff = new()
    {
        ["bit-field-changed"] = "abidiff does not compare a bit-field's width (3 to 4 bits)",
        ["field-renamed"] = "abidiff shows the rename but grades it no change; sources naming the field break (api-break)",
        ["type-became-opaque"] = "abidiff does not report a definition that became a declaration",
        ["type-became-defined"] = "abidiff does not report a declaration that became a definition",
        ["noreturn-changed"] = "abidiff ignores DW_AT_noreturn",
        ["calling-convention-changed"] = "abidiff ignores DW_AT_calling_convention",
        ["enumerator-added"] = "abidiff suppresses an added enumerator as harmless; ours reports it as compatible (exit 4)",
        ["struct-renamed"] = "abidiff reports a change of type; ours grades it an api-break (exit 4, as abidiff's)",
    };

    private static bool Update => Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1";

    private static string Root => TestPaths.Fixtures("typediff");

    /// <summary>Every build of every pair: (pair, build), the build a compiler name or a variant such as <c>gcc-dwarf4</c>.</summary>
    public static TheoryData<string, string> Builds()
    {
        var data = new TheoryData<string, string>();
        foreach (string pair in Expected.Keys)
        {
            foreach (string dir in Directory.GetDirectories(Path.Combine(Root, pair)).Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(dir) != "stripped")
                {
                    data.Add(pair, Path.GetFileName(dir));
                }
            }
        }

        return data;
    }

    private static (string Old, string New) Files(string pair, string build)
        => (TestPaths.Fixture("typediff", $"{pair}/{build}/old.so"), TestPaths.Fixture("typediff", $"{pair}/{build}/new.so"));

    [Fact]
    public void Every_pair_is_built_by_both_compilers_and_every_fixture_has_an_expectation()
    {
        foreach (string pair in Expected.Keys)
        {
            var builds = Directory.GetDirectories(Path.Combine(Root, pair)).Select(Path.GetFileName).ToHashSet();
            Assert.Contains("clang", builds);
            Assert.True(ClangOnly.Contains(pair) || builds.Contains("gcc"), $"{pair} has no gcc build; run tests/fixtures/typediff/build.sh");
        }

        var sources = Directory.GetDirectories(Path.Combine(Root, "src")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(sources, Expected.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Each_build_differs_in_exactly_the_expected_way(string pair, string build)
    {
        var (o, n) = Files(pair, build);
        var (exit, stdout, stderr) = CliRunner.Run("diff", "--json", o, n);
        using var doc = JsonDocument.Parse(stdout);
        var kinds = doc.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).Distinct().Order(StringComparer.Ordinal);

        Assert.True(Expected[pair].Exit == exit, $"exit {exit}, stderr: {stderr}");
        Assert.Equal(Expected[pair].Kinds, string.Join(',', kinds));
        Assert.Empty(doc.RootElement.GetProperty("notes").EnumerateArray());
        Assert.StartsWith("symbols + debug info (DWARF ", doc.RootElement.GetProperty("new").GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Outputs_match_the_goldens(string pair, string build)
    {
        var (o, n) = Files(pair, build);
        foreach (var (option, golden) in new[] { ("--raw", "expected.txt"), ("--json", "expected.json"), ("--markdown", "expected.md") })
        {
            var (exit, stdout, _) = CliRunner.Run("diff", option, o, n);
            Assert.Equal(Expected[pair].Exit, exit);
            string path = Path.Combine(Root, pair, build, golden);
            if (Update)
            {
                File.WriteAllText(path, stdout);
            }

            Assert.True(File.Exists(path), $"{path} is missing; run with ABIPORTAL_UPDATE_GOLDEN=1");
            Assert.Equal(File.ReadAllText(path), stdout);
        }
    }

    [Fact]
    public void The_point_pair_names_the_struct_the_field_and_both_functions_in_every_format()
    {
        var (o, n) = Files("point", "gcc");
        var (exit, text, _) = CliRunner.Run("diff", o, n);

        Assert.Equal(12, exit);
        Assert.Contains("verdict: incompatible", text, StringComparison.Ordinal);
        Assert.Contains("struct Point: size 8 -> 12 bytes", text, StringComparison.Ordinal);
        Assert.Contains("struct Point: field `z` added at offset 8", text, StringComparison.Ordinal);
        Assert.Contains("get_x: parameter 1 `struct Point *` → struct Point", text, StringComparison.Ordinal);
        Assert.Contains("init_point: parameter 1 `struct Point *` → struct Point", text, StringComparison.Ordinal);
        string md = CliRunner.Run("diff", "--markdown", o, n).Stdout;
        Assert.Contains("| field-added | `struct Point` | field `z` added at offset 8", md, StringComparison.Ordinal);
        Assert.Contains("``get_x: parameter 1 `struct Point *` → struct Point``<br>``init_point: parameter 1 `struct Point *` → struct Point``", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_side_without_debug_info_says_what_it_could_not_check()
    {
        var (exit, text, _) = CliRunner.Run("diff", TestPaths.Fixture("typediff", "point/stripped/old.so"), TestPaths.Fixture("typediff", "point/stripped/new.so"));

        Assert.Equal(0, exit);
        Assert.Contains("evidence: old.so: symbols + debug info (DWARF 5, 1 unit); new.so: symbols only\n", text, StringComparison.Ordinal);
        Assert.Contains("not checked: old.so has debug info but new.so has none (symbols only)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_separate_debug_file_given_on_the_command_line_is_read_and_no_debug_info_reads_symbols_only()
    {
        // point/stripped/new.so is point/gcc/new.so without its debug info, which the latter still carries.
        string stripped = TestPaths.Fixture("typediff", "point/stripped/new.so");
        string debug = TestPaths.Fixture("typediff", "point/gcc/new.so");
        var (old, @new) = Files("point", "gcc");

        var (exit, text, _) = CliRunner.Run("diff", "--new-debug-file", debug, old, stripped);
        Assert.Equal(12, exit);
        Assert.Contains("new.so: symbols + debug info (DWARF 5, 1 unit, debug file new.so)", text, StringComparison.Ordinal);
        Assert.Contains("  evidence: symbols + debug info (DWARF 5, 1 unit, debug file new.so)\n", CliRunner.Run("inspect", "--debug-file", debug, stripped).Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(CliRunner.Run("inspect", "--json", "--debug-file", debug, stripped).Stdout);
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "snapshot.schema.json")));
        Assert.Equal("explicit", json.RootElement.GetProperty("abi").GetProperty("evidence").GetProperty("source").GetString());
        Assert.Empty(new JsonSchemaValidator(schema.RootElement.Clone()).Validate(json.RootElement));

        var (symbolsOnly, names, _) = CliRunner.Run("diff", "--no-debug-info", old, @new);
        Assert.Equal(0, symbolsOnly);
        Assert.Contains("evidence: both sides: symbols only\n", names, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("diff", "--no-debug-info", "--old-debug-file", debug, old, @new).Exit);
        Assert.Equal(2, CliRunner.Run("inspect", "--debug-file", debug, old, @new).Exit);
    }

    [Fact]
    public void Inspect_shows_the_declarations_and_a_layout_like_pahole()
    {
        string path = TestPaths.Fixture("typediff", "point/gcc/new.so");
        var (_, table, _) = CliRunner.Run("inspect", path);
        Assert.Contains("  evidence: symbols + debug info (DWARF 5, 1 unit)\n", table, StringComparison.Ordinal);
        Assert.Contains("abi functions (2):\n  int get_x(struct Point *p)\n  void init_point(struct Point *p)\n", table, StringComparison.Ordinal);

        var (exit, layout, _) = CliRunner.Run("inspect", "--type", "struct Point", path);
        Assert.Equal(0, exit);
        Assert.Equal(Pahole(path, "Point"), layout);
        string bits = TestPaths.Fixture("typediff", "bit-field-changed/clang/new.so");
        Assert.Equal(Pahole(bits, "mode"), CliRunner.Run("inspect", "--type", "struct mode", bits).Stdout);
    }

    /// <summary>Where abidiff reports an ABI change and ours grades it information, and why.</summary>
    private static readonly Dictionary<string, string> GradedBelowAbidiff = new()
    {
        ["private-version-node"] = "the grown struct reaches only an export of the private version node LIB_PRIVATE, as glibc's struct pthread reaches only __nptl_last_event@GLIBC_PRIVATE",
    };

    [Fact]
    public void A_type_change_reaching_only_private_version_node_exports_is_information()
    {
        var (o, n) = Files("private-version-node", "gcc");
        var (exit, text, _) = CliRunner.Run("diff", o, n);

        Assert.Equal(0, exit);
        Assert.Contains("verdict: none (0 incompatible, 0 api-break, 0 risk, 0 compatible, 2 info, 0 suppressed)", text, StringComparison.Ordinal);
        Assert.Contains("why: it reaches only exports of private version nodes", text, StringComparison.Ordinal);
        Assert.Contains("for a public export it would be incompatible", text, StringComparison.Ordinal);
        Assert.Contains("lib_state: parameter 1 `struct state *` → struct state", text, StringComparison.Ordinal);
    }

    /// <summary>abidiff's exit bit 4 (ABI change) against ours, pair by pair; the exceptions are where ours sees more, or grades lower, each with its reason.</summary>
    [Theory]
    [MemberData(nameof(Builds))]
    public void Abidiff_agrees_on_which_pairs_change_the_abi(string pair, string build)
    {
        var (o, n) = Files(pair, build);
        int ours = CliRunner.Run("diff", o, n).Exit;
        int theirs = Tool("abidiff", o, n).Exit;

        if (MoreThanAbidiff.TryGetValue(pair, out string? why) && (theirs & 4) == 0)
        {
            Assert.True((ours & 4) != 0, $"{pair}: expected ours to report what abidiff does not ({why})");
        }
        else if (GradedBelowAbidiff.TryGetValue(pair, out string? lower))
        {
            Assert.True((theirs & 4) != 0 && ours == 0, $"{pair}/{build}: expected abidiff to report a change ours grades information ({lower}); abidiff exit {theirs}, ours {ours}");
        }
        else
        {
            Assert.True((ours & 4) == (theirs & 4), $"{pair}/{build}: abidiff exit {theirs}, ours {ours}");
        }
    }

    /// <summary>pahole (dwarves) on one struct, tabs and all: our layout prints the same for these.</summary>
    private static string Pahole(string path, string type) => Tool("pahole", "-C", type, path).Stdout;

    private static (int Exit, string Stdout) Tool(string name, params string[] args)
    {
        var info = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        string stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout);
    }
}
