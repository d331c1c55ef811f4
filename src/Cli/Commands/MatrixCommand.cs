using System.CommandLine;
using AbiPortal.Parsers.Matrix;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal matrix FILE...</c>: the builds of one release for several platforms, compared
/// name by name after each platform's decoration is taken off (the same code as the server's
/// platform view). Columns: each <c>--platform LABEL=FILE</c> in order, then each FILE with a
/// label read from the binary (<c>linux-x86_64</c>); a universal Mach-O file is a column per
/// slice. With <c>--names</c>, only the listed names are looked up.
/// Exit status: 0 every name (or every listed name) is on every build, perhaps under another
/// spelling; 4 some name is missing on some build; 1 a file could not be read; 2 usage.
/// </summary>
internal static class MatrixCommand
{
    /// <summary>Some name is missing on some build (abidiff's "ABI changed" bit, as <c>diff</c> uses it).</summary>
    public const int SomeMissing = ExitStatus.AbiChangeBit;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore, Description = "Builds of one release (binaries or snapshot JSON); each is labelled os-arch from the binary." };
        var platforms = new Option<string[]>("--platform") { Description = "A build with its label: --platform windows-x86=tally.dll (repeatable; these columns come first).", AllowMultipleArgumentsPerToken = false };
        var json = new Option<bool>("--json") { Description = "The whole matrix (or the names' answers) as JSON." };
        var csv = new Option<bool>("--csv") { Description = "The rows as CSV: name, kind, everywhere, missing_on, then one column per build." };
        var filter = new Option<string?>("--filter") { Description = "Rows to show: all (default), gaps, everywhere, other-spelling." };
        filter.AcceptOnlyFromAmong([.. MatrixFilter.ShowWords]);
        var missingOn = new Option<string?>("--missing-on") { Description = "Only names missing on the build with this label." };
        var names = new Option<string?>("--names") { Description = "A file of names to look up, one per line ('-' for standard input): C names, mangled names, demangled C++ signatures." };
        var command = new Command("matrix", CommandHelp.Describe(
                "Compare one release's builds for several platforms: which exported names are missing where, or spelled otherwise.",
                ["0   every name (or every --names name) is on every build, perhaps spelled otherwise", "4   some name is missing on some build", "1   a file is missing or could not be read", "2   a usage error (unknown option, fewer than two builds)"],
                "abiportal matrix --platform linux=libfoo.so --platform windows=foo.dll",
                "abiportal matrix --csv libfoo.dylib > matrix.csv"))
        {
            files, platforms, json, csv, filter, missingOn, names,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv))
            {
                stderr.WriteLine("abiportal: choose one of --json and --csv.");
                return ExitStatus.Usage;
            }

            var inputs = new List<(string? Label, string Path)>();
            foreach (string spec in parse.GetValue(platforms) ?? [])
            {
                int eq = spec.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || eq == spec.Length - 1)
                {
                    stderr.WriteLine($"abiportal: --platform takes LABEL=FILE, not '{spec}'.");
                    return ExitStatus.Usage;
                }

                inputs.Add((spec[..eq].Trim(), spec[(eq + 1)..]));
            }

            inputs.AddRange((parse.GetValue(files) ?? []).Select(f => ((string?)null, f)));
            string format = parse.GetValue(json) ? "json" : parse.GetValue(csv) ? "csv" : "text";
            return Run(inputs, format, new MatrixFilter(parse.GetValue(filter), null, parse.GetValue(missingOn)), parse.GetValue(names), stdout, stderr);
        });
        return command;
    }

    private static int Run(List<(string? Label, string Path)> inputs, string format, MatrixFilter filter, string? namesFile, TextWriter stdout, TextWriter stderr)
    {
        var platforms = new List<MatrixPlatform>();
        foreach (var (label, path) in inputs)
        {
            // Demangled while read (in parallel for big libraries): C++ rows are keyed by signature.
            var snapshot = SnapshotFiles.Load(path, demangle: true, stderr);
            if (snapshot is null)
            {
                return ExitStatus.Error;
            }

            platforms.AddRange(MatrixInputs.FromSnapshot(snapshot, label));
        }

        if (platforms.Count < 2)
        {
            stderr.WriteLine("abiportal: matrix compares two builds or more (give files, --platform LABEL=FILE, or a universal Mach-O file).");
            return ExitStatus.Usage;
        }

        var matrix = ExportMatrixBuilder.Build(platforms);
        if (filter.Validate(matrix) is { } problem)
        {
            stderr.WriteLine($"abiportal: {problem}");
            return ExitStatus.Usage;
        }

        if (namesFile is not null)
        {
            var wanted = ReadNames(namesFile, stderr);
            if (wanted is null)
            {
                return ExitStatus.Error;
            }

            var report = MatrixNamesReport.For(matrix, wanted);
            switch (format)
            {
                case "json": stdout.WriteLine(MatrixJson.Serialize(report)); break;
                case "csv": MatrixCsv.Write(stdout, matrix.Columns, report.Names.Select(n => new MatrixRow(n.Query, n.Name ?? "", n.Everywhere, n.MissingOn, n.Cells))); break;
                default: MatrixTextRenderer.Write(stdout, report); break;
            }

            return report.Everywhere ? 0 : SomeMissing;
        }

        switch (format)
        {
            case "json": stdout.WriteLine(MatrixJson.Serialize(matrix with { Rows = filter.Apply(matrix).ToList() })); break;
            case "csv": MatrixCsv.Write(stdout, matrix.Columns, filter.Apply(matrix)); break;
            default: MatrixTextRenderer.Write(stdout, matrix, filter); break;
        }

        return matrix.Summary.NotEverywhere == 0 ? 0 : SomeMissing;
    }

    /// <summary>Non-empty lines, without <c>#</c> comments; null (with a message) when the file cannot be read.</summary>
    private static List<string>? ReadNames(string path, TextWriter stderr)
    {
        try
        {
            var lines = path == "-" ? ReadAll(Console.In) : File.ReadAllLines(path).ToList();
            return lines.Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"abiportal: {path}: {ex.Message}");
            return null;
        }
    }

    private static List<string> ReadAll(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
