using System.CommandLine;
using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Lint;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal diff OLD NEW</c>: classifies every change between two binaries or saved snapshot
/// JSON files. Exit status as abidiff's (bit 4: the ABI changed; bit 8: a change that fails the
/// check): 0 no change, 4 changes below the failing tier, 12 changes at or above it, 1 error, 2
/// usage. <c>--fail-on</c> moves only bit 8: a tier (<c>incompatible</c>, the default, then
/// <c>api-break</c>, <c>risk</c>, <c>compatible</c>) sets it for verdicts from that tier up,
/// <c>any</c> for every change, <c>none</c> never, and then every outcome exits 0. Suppressed and
/// info changes count for nothing.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var oldFile = new Argument<string>("old") { Description = "The old binary, or its snapshot JSON from 'abiportal inspect --json'." };
        var newFile = new Argument<string>("new") { Description = "The new binary, or its snapshot JSON." };
        var json = new Option<bool>("--json") { Description = "The diff as JSON (schema: docs/diff.md)." };
        var markdown = new Option<bool>("--markdown") { Description = "A pull-request comment in Markdown." };
        var sarif = new Option<bool>("--sarif") { Description = "SARIF 2.1.0 for code-scanning tools." };
        var raw = new Option<bool>("--raw") { Description = "Text output: show names exactly as stored instead of demangled." };
        var suppressions = new Option<string?>("--suppressions") { Description = "A suppression file (docs/diff.md): matching changes are shown but not counted." };
        var failOn = new Option<string>("--fail-on") { Description = "The least verdict that sets exit bit 8 (status 12): incompatible (default), api-break, risk, compatible, any, or none (always exit 0 unless an error).", DefaultValueFactory = _ => "incompatible" };
        failOn.AcceptOnlyFromAmong(ExitStatus.FailOnWords);
        var link = new Option<string?>("--link") { Description = "Markdown: URL of the full diff page, linked from the comment." };
        var marker = new Option<string?>("--marker") { Description = "Markdown: a hidden marker line, so a bot can update its sticky comment." };
        var oldDebug = new Option<string?>("--old-debug-file") { Description = "The old binary's separate debug file (objcopy --only-keep-debug, a dSYM's DWARF file), when it is not where gdb would look." };
        var newDebug = new Option<string?>("--new-debug-file") { Description = "The new binary's separate debug file." };
        var debugInfo = new DebugInfoArguments();
        var lint = new Option<bool>("--lint") { Description = "Also lint both binaries and call out the ABI contract findings the new one introduces (docs/lint.md)." };
        var command = new Command("diff", CommandHelp.Describe(
                "Compare two versions of a library: every export, version, dependency and identity change, and with debug info every type change, classified.",
                CommandHelp.DiffStatuses,
                "abiportal diff libfoo.so.1 libfoo.so.2",
                "abiportal diff --markdown --fail-on api-break old.json libfoo.so > abi.md"))
        {
            oldFile, newFile, json, markdown, sarif, raw, suppressions, failOn, link, marker, oldDebug, newDebug, lint,
        };
        debugInfo.AddTo(command);
        command.SetAction(parse =>
        {
            int formats = (parse.GetValue(json) ? 1 : 0) + (parse.GetValue(markdown) ? 1 : 0) + (parse.GetValue(sarif) ? 1 : 0);
            if (formats > 1)
            {
                stderr.WriteLine("abiportal: choose one of --json, --markdown and --sarif.");
                return ExitStatus.Usage;
            }

            if (debugInfo.Conflict(parse, parse.GetValue(oldDebug), parse.GetValue(newDebug)) is { } conflict)
            {
                stderr.WriteLine($"abiportal: {conflict}");
                return ExitStatus.Usage;
            }

            var request = new DiffRequest(
                parse.GetValue(oldFile)!,
                parse.GetValue(newFile)!,
                parse.GetValue(json) ? "json" : parse.GetValue(markdown) ? "markdown" : parse.GetValue(sarif) ? "sarif" : "text",
                parse.GetValue(raw),
                parse.GetValue(suppressions),
                parse.GetValue(failOn)!,
                new MarkdownOptions { DiffUrl = parse.GetValue(link), Marker = parse.GetValue(marker) },
                debugInfo.Options(parse, parse.GetValue(oldDebug)),
                debugInfo.Options(parse, parse.GetValue(newDebug)),
                parse.GetValue(lint));
            return Run(request, stdout, stderr);
        });
        return command;
    }

    private static int Run(DiffRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (!SuppressionFiles.TryLoad(request.Suppressions, stderr, out var suppressionFile))
        {
            return ExitStatus.Error;
        }

        // Hashes are not part of a diff; skipping SHA-256 saves a pass over 110 MB inputs. Names are
        // demangled later, only those that appear in changes.
        var oldSnapshot = SnapshotFiles.Load(request.Old, demangle: false, stderr, request.OldDebugInfo);
        var newSnapshot = SnapshotFiles.Load(request.New, demangle: false, stderr, request.NewDebugInfo);
        if (oldSnapshot is null || newSnapshot is null)
        {
            return ExitStatus.Error;
        }

        // Snapshots from binaries are read without demangling; the differ demangles only the names it reports.
        var diff = SnapshotDiffer.Compare(oldSnapshot, newSnapshot, new DiffOptions { Suppressions = suppressionFile, Demangle = Demangler.Demangle });
        if (request.Lint && IsBinary(request.Old) && IsBinary(request.New))
        {
            // Both sides' code and tables are at hand: call out what the new version breaks of the ABI contract.
            var lintOptions = new LintOptions { Suppressions = suppressionFile, Demangle = Demangler.Demangle };
            diff = diff with { NewFindings = LintDelta.Introduced(Linter.LintFile(request.Old, lintOptions), Linter.LintFile(request.New, lintOptions)) };
        }
        switch (request.Format)
        {
            case "json":
                stdout.WriteLine(DiffJson.Serialize(diff));
                break;
            case "markdown":
                stdout.Write(DiffMarkdownRenderer.Render(diff, request.Markdown));
                break;
            case "sarif":
                stdout.WriteLine(DiffSarifRenderer.Render(diff));
                break;
            default:
                DiffTextRenderer.Write(stdout, diff, demangle: !request.Raw);
                break;
        }

        foreach (var s in diff.Suppressions.Where(s => s.Status != SuppressionStatus.Applied))
        {
            stderr.WriteLine($"abiportal: suppression {(s.Status == SuppressionStatus.Expired ? "expired" : "matched nothing")}: {ChangeText.Describe(s.Entry)}");
        }

        return ExitStatus.For(diff.Verdict, request.FailOn);
    }

    /// <summary>Whether a path holds a binary rather than snapshot JSON.</summary>
    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[64];
        using var stream = File.OpenRead(path);
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return !SnapshotJson.LooksLikeJson(head[..read]);
    }

    private sealed record DiffRequest(string Old, string New, string Format, bool Raw, string? Suppressions, string FailOn, MarkdownOptions Markdown, DebugInfoOptions OldDebugInfo, DebugInfoOptions NewDebugInfo, bool Lint);
}
