using System.CommandLine;
using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Lint;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal lint FILE...</c>: checks each binary against the rules of a sound C ABI boundary
/// (docs/lint.md). Exit 0 when nothing at or above the <c>--fail-on</c> level was found (by
/// default: no unsuppressed finding at all), 4 when something was, 1 when a file could not be
/// read, 2 for usage errors.
/// </summary>
internal static class LintCommand
{
    /// <summary>Exit status when findings reach the --fail-on level.</summary>
    public const int Findings = 4;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Shared libraries, executables, objects or archives to check." };
        var json = new Option<bool>("--json") { Description = "The reports as a JSON array (schema: docs/lint.md)." };
        var sarif = new Option<bool>("--sarif") { Description = "SARIF 2.1.0 for code-scanning tools." };
        var suppressions = new Option<string?>("--suppressions") { Description = "A suppression file (docs/lint.md): entries with a \"rule\" mark matching findings as suppressed." };
        var failOn = new Option<string>("--fail-on") { Description = "The least level that exits 4: note (default: any finding), warning, error, or none (always 0 unless an error).", DefaultValueFactory = _ => "note" };
        failOn.AcceptOnlyFromAmong("note", "warning", "error", "none");
        var rules = new Option<string[]>("--rule") { Description = "Run only this rule (repeatable; ids in docs/lint.md).", Arity = ArgumentArity.ZeroOrMore };
        var debugRoots = new Option<string[]>("--debug-root") { Description = "A folder of separate debug files by build id (ROOT/.build-id/ab/cdef.debug), as gdb's debug-file-directory; repeatable; default /usr/lib/debug.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("lint", CommandHelp.Describe(
            "Check libraries against the ABI contract: clobbered registers, misaligned calls, structs by value, allocators without release, callbacks without context, language leaks, exceptions crossing extern \"C\".",
            ["0   nothing at or above the --fail-on level (default: no unsuppressed finding)", "4   a finding at or above it", "1   a file is missing or could not be read", "2   a usage error (unknown option, bad --fail-on)"],
            "abiportal lint libfoo.so",
            "abiportal lint --sarif --fail-on warning build/*.so > lint.sarif"))
        {
            files, json, sarif, suppressions, failOn, rules, debugRoots,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(sarif))
            {
                stderr.WriteLine("abiportal: choose one of --json and --sarif.");
                return ExitStatus.Usage;
            }

            var selected = parse.GetValue(rules) ?? [];
            foreach (var id in selected.Where(id => LintRules.Find(id) is null))
            {
                stderr.WriteLine($"abiportal: unknown rule '{id}'; rules: {string.Join(", ", LintRules.Infos.Select(r => r.Id))}.");
                return ExitStatus.Usage;
            }

            var roots = parse.GetValue(debugRoots) ?? [];
            var readOptions = new SnapshotReadOptions
            {
                ComputeSha256 = false,
                Demangle = false,
                DebugInfo = roots.Length == 0 ? DebugInfoOptions.Default : DebugInfoOptions.Default with { DebugRoots = roots },
            };
            return Run(parse.GetValue(files)!, parse.GetValue(json) ? "json" : parse.GetValue(sarif) ? "sarif" : "text",
                parse.GetValue(suppressions), parse.GetValue(failOn)!, selected.Length == 0 ? null : selected.ToHashSet(StringComparer.Ordinal), readOptions, stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] files, string format, string? suppressionPath, string failOn, IReadOnlySet<string>? rules, SnapshotReadOptions readOptions, TextWriter stdout, TextWriter stderr)
    {
        if (!SuppressionFiles.TryLoad(suppressionPath, stderr, out var suppressionFile))
        {
            return ExitStatus.Error;
        }

        var options = new LintOptions { Suppressions = suppressionFile, Demangle = Demangler.Demangle, Rules = rules };
        var reports = new List<LintReport>();
        int exit = 0;
        foreach (string path in files)
        {
            if (!File.Exists(path))
            {
                stderr.WriteLine($"abiportal: {path}: no such file.");
                exit = ExitStatus.Error;
                continue;
            }

            var report = Linter.LintFile(path, options, readOptions);
            if (report.Format == BinaryFormat.Unknown)
            {
                stderr.WriteLine($"abiportal: {path}: not a supported binary format.");
                exit = ExitStatus.Error;
                continue;
            }

            reports.Add(report);
        }

        switch (format)
        {
            case "json":
                stdout.WriteLine(LintJson.Serialize(reports));
                break;
            case "sarif":
                stdout.WriteLine(LintSarifRenderer.Render(reports));
                break;
            default:
                for (int i = 0; i < reports.Count; i++)
                {
                    if (i > 0)
                    {
                        stdout.Write('\n');
                    }

                    LintTextRenderer.Write(stdout, reports[i]);
                }

                break;
        }

        foreach (var o in reports.SelectMany(r => r.Suppressions).Where(o => o.Status != SuppressionStatus.Applied).DistinctBy(o => o.Entry.Index))
        {
            stderr.WriteLine($"abiportal: suppression {o.Entry.Index} {(o.Status == SuppressionStatus.Expired ? "expired" : "matched nothing")}: rule {o.Entry.Rule}");
        }

        if (exit != 0)
        {
            return exit;
        }

        return Fails(reports, failOn) ? Findings : 0;
    }

    private static bool Fails(List<LintReport> reports, string failOn)
    {
        if (failOn == "none")
        {
            return false;
        }

        var threshold = failOn switch { "error" => LintLevel.Error, "warning" => LintLevel.Warning, _ => LintLevel.Note };
        return reports.SelectMany(r => r.AllFindings).Any(f => !f.Suppressed && f.Level >= threshold);
    }
}
