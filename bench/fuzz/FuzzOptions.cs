using System.Globalization;

namespace AbiPortal.Fuzz;

/// <summary>The command line: which inputs to run, on how many threads, with which limits, and where findings go.</summary>
internal sealed record FuzzOptions
{
    /// <summary>Number of mutated inputs (<c>--runs</c>).</summary>
    public long Runs { get; init; } = 1_000_000;

    /// <summary>Index of the first input (<c>--start</c>): input i is fixture i mod F, mutation run i div F, so chunks can be run one after another.</summary>
    public long Start { get; init; }

    /// <summary>Worker threads (<c>--threads</c>).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>A read slower than this, twice in a row, is a finding (<c>--time-limit-ms</c>).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A read still running after this is cancelled and kept as a hang (<c>--hang-limit-s</c>).</summary>
    public TimeSpan HangLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where findings are written (<c>--out</c>); tests/fixtures/regressions, where the regression test reads them.</summary>
    public string? Output { get; init; }

    /// <summary>Folders of more seed binaries (<c>--seeds</c>, repeatable): real libraries for a longer local search.</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>Inputs to rebuild from their labels (<c>--reproduce fixture#run</c>, repeatable): written to the output folder and read once.</summary>
    public IReadOnlyList<string> Reproduce { get; init; } = [];

    /// <summary>Findings kept per signature (same exception at the same place, or the same bound on the same format).</summary>
    public int KeepPerSignature { get; init; } = 3;

    public static FuzzOptions Parse(string[] args)
    {
        var options = new FuzzOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--runs" => options with { Runs = long.Parse(value, CultureInfo.InvariantCulture) },
                "--start" => options with { Start = long.Parse(value, CultureInfo.InvariantCulture) },
                "--threads" => options with { Threads = int.Parse(value, CultureInfo.InvariantCulture) },
                "--time-limit-ms" => options with { TimeLimit = TimeSpan.FromMilliseconds(int.Parse(value, CultureInfo.InvariantCulture)) },
                "--hang-limit-s" => options with { HangLimit = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)) },
                "--out" => options with { Output = value },
                "--seeds" => options with { Seeds = [.. options.Seeds, value] },
                "--reproduce" => options with { Reproduce = [.. options.Reproduce, value] },
                "--keep" => options with { KeepPerSignature = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        return options;
    }
}
