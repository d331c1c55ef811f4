using System.Diagnostics;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Mutation;

/// <summary>
/// Seeded mutations (<see cref="Mutator"/>) of every committed fixture: no reader may throw, hang
/// or allocate past <see cref="ReadBounds"/> on any of them (bench/fuzz runs the same with a
/// million inputs and more seeds). Failing inputs are saved under $TMPDIR/abiportal-mutation-failures;
/// each one that ever broke a reader is kept in tests/fixtures/regressions and read by
/// <see cref="Regressions_are_read_within_the_bounds"/>.
/// </summary>
public sealed class MutationTests
{
    /// <summary>Total runs spread over the fixtures (at least <see cref="MinRunsPerFixture"/> each).</summary>
    private const int TotalRuns = 20000;
    private const int MinRunsPerFixture = 150;

    [Fact]
    public void Mutated_fixtures_never_crash_or_hang_a_reader()
    {
        var fixtures = FixtureCorpus.Binaries();
        Assert.True(fixtures.Count >= 10, $"Only {fixtures.Count} fixture binaries found under tests/fixtures.");
        var originals = fixtures.Select(FixtureCorpus.Read).ToArray();
        // ABIPORTAL_MUTATION_RUNS raises the total for a long local search; CI keeps the default.
        int total = int.TryParse(Environment.GetEnvironmentVariable("ABIPORTAL_MUTATION_RUNS"), out int requested) && requested > 0 ? requested : TotalRuns;
        int perFixture = Math.Max(MinRunsPerFixture, total / fixtures.Count);
        var clock = Stopwatch.StartNew();
        var failures = GuardedReader.ReadAll(fixtures.Count * perFixture, i =>
        {
            int f = i / perFixture, run = i % perFixture;
            return ($"{fixtures[f]}#{run}", Mutator.Mutate(originals[f], fixtures[f], run, originals));
        });
        Assert.True(failures.Count == 0, $"{failures.Count} mutated inputs broke a reader (after {clock.Elapsed.TotalSeconds:F1} s):\n" + string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public void Mutations_are_deterministic_and_actually_change_the_input()
    {
        byte[] original = FixtureCorpus.Read("elf/libversioned.so");
        int changed = 0;
        for (int run = 0; run < 50; run++)
        {
            byte[] a = Mutator.Mutate(original, "elf/libversioned.so", run);
            Assert.Equal(a, Mutator.Mutate(original, "elf/libversioned.so", run));
            changed += a.AsSpan().SequenceEqual(original) ? 0 : 1;
        }

        Assert.True(changed >= 45, $"Only {changed} of 50 mutations changed the input.");
    }

    [Fact]
    public void The_guard_reports_exceptions_and_hangs()
    {
        var thrown = GuardedReader.ReadAll(3, i => ($"in{i}", [(byte)i]), data => _ = 10 / (data[0] - 1), TimeSpan.FromSeconds(5), save: false);
        Assert.Contains(thrown, f => f.StartsWith("in1: DivideByZeroException", StringComparison.Ordinal));

        var hung = GuardedReader.ReadAll(1, i => ("slow", [0]), _ => Thread.Sleep(TimeSpan.FromSeconds(3)), TimeSpan.FromMilliseconds(300), save: false);
        Assert.Contains("hang", Assert.Single(hung), StringComparison.Ordinal);
    }

    [Fact]
    public void Regressions_are_read_within_the_bounds()
    {
        string folder = Path.Combine(TestPaths.Fixtures("regressions"));
        var files = Directory.GetFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var failures = GuardedReader.ReadAll(files.Length, i => (Path.GetFileName(files[i]), File.ReadAllBytes(files[i])));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
