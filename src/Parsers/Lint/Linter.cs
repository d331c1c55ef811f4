using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Lint.Unwind;
using AbiPortal.Parsers.Primitives;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint;

/// <summary>
/// The front door of <c>abiportal lint</c>: checks one binary against the rules of a sound C ABI
/// boundary (<see cref="LintRules"/>). Each rule runs only when the evidence it needs is there
/// (code of an x86-64 shared library or executable, debug info, unwind tables), and the report
/// says which ran. Never throws for malformed input; every walk is bounded by <see cref="LintLimits"/>.
/// </summary>
public static class Linter
{
    /// <summary>Reads a file (memory-mapped), with its debug info where the reader finds it, and lints it.</summary>
    public static LintReport LintFile(string path, LintOptions? options = null, SnapshotReadOptions? readOptions = null)
    {
        readOptions ??= new SnapshotReadOptions { ComputeSha256 = false, Demangle = false };
        BinaryInput input;
        try
        {
            input = BinaryInput.OpenFile(path);
        }
        catch (Exception ex) when (ex is BinaryFormatException or IOException or UnauthorizedAccessException)
        {
            return Lint(ReadOnlyMemory<byte>.Empty, SnapshotReader.Read(ReadOnlyMemory<byte>.Empty, Path.GetFileName(path), readOptions), options);
        }

        using (input)
        {
            var snapshot = SnapshotReader.Read(input.Memory, Path.GetFileName(path), readOptions);
            return Lint(input.Memory, snapshot, options);
        }
    }

    /// <summary>Lints a binary whose snapshot is already read from <paramref name="data"/> (the server does this at ingest).</summary>
    public static LintReport Lint(ReadOnlyMemory<byte> data, Snapshot snapshot, LintOptions? options = null)
    {
        options ??= LintOptions.Default;
        var report = LintOne(data, snapshot, options);
        if (options.Suppressions is { } file)
        {
            var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var all = report.AllFindings.ToList();
            LintSuppressions.Apply(all, file, today, out var outcomes);
            report = Suppress(report, file, today) with { Suppressions = outcomes };
        }

        return report;
    }

    private static LintReport Suppress(LintReport report, Diff.SuppressionFile file, DateOnly today)
    {
        var findings = LintSuppressions.Apply(report.Findings, file, today, out _);
        var members = report.Members.Select(m => Suppress(m, file, today)).ToList();
        return report with { Findings = findings, Members = members, Summary = LintSummary.Of(findings) };
    }

    private static LintReport LintOne(ReadOnlyMemory<byte> data, Snapshot snapshot, LintOptions options)
    {
        // Archive members and fat slices: their bytes are not at hand here, so the rules that read
        // symbols and debug info run on each; the code and unwind rules need a whole image.
        var members = snapshot.Members.Select(m => LintOne(ReadOnlyMemory<byte>.Empty, m, options)).ToList();
        var image = data.IsEmpty ? null : LintImage.Create(data, snapshot, options.Limits.ParseLimits);
        var context = new LintContext(snapshot, image, options);
        var notes = new List<string>();
        var skipped = new List<string>();
        var ran = new List<string>();
        var selected = LintRules.All.Where(r => options.Rules is null || options.Rules.Contains(r.Info.Id)).ToList();

        long instructions = 0;
        bool hasCode = image is { Abi: not CallingAbi.None };
        if (hasCode && selected.Any(r => r.Info.Evidence == LintEvidence.Code))
        {
            context.Code = CodeScan.Run(context, notes, out instructions);
        }

        if (image is not null && selected.Any(r => r.Info.Evidence == LintEvidence.UnwindTables))
        {
            context.Unwind = EhFrameReader.Read(image, options.Limits, notes);
        }

        var findings = new List<LintFinding>();
        foreach (var rule in selected)
        {
            options.Cancellation.ThrowIfCancellationRequested();
            string? why = WhyNot(rule.Info, context, hasCode);
            if (why is not null)
            {
                skipped.Add($"{rule.Info.Id}: {why}");
                continue;
            }

            ran.Add(rule.Info.Id);
            var own = new List<LintFinding>();
            rule.Check(context, own);
            if (own.Count > options.Limits.MaxFindingsPerRule)
            {
                notes.Add($"{rule.Info.Id}: {own.Count} findings; the first {options.Limits.MaxFindingsPerRule} are listed.");
                own.RemoveRange(options.Limits.MaxFindingsPerRule, own.Count - options.Limits.MaxFindingsPerRule);
            }

            findings.AddRange(own);
        }

        var order = LintRules.Infos.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        findings.Sort((a, b) =>
        {
            int c = b.Level.CompareTo(a.Level);
            c = c != 0 ? c : order[a.Rule].CompareTo(order[b.Rule]);
            c = c != 0 ? c : Nullable.Compare(a.Address, b.Address);
            return c != 0 ? c : string.CompareOrdinal(a.Symbol, b.Symbol);
        });
        return new LintReport
        {
            File = snapshot.File,
            Member = snapshot.Member,
            Format = snapshot.Format,
            Arch = snapshot.Arch,
            Findings = findings,
            Members = members,
            Summary = LintSummary.Of(findings),
            Coverage = new LintCoverage
            {
                Exports = snapshot.Exports.Count,
                CallingConvention = hasCode ? image!.Abi == CallingAbi.Windows ? "windows" : "sysv" : null,
                Functions = context.Code.Count,
                Instructions = instructions,
                DebugInfo = snapshot.Abi is { } abi ? DebugInfoText(abi.Evidence) : null,
                UnwindEntries = context.Unwind.Count,
                Rules = ran,
                Skipped = skipped,
                Notes = notes,
            },
        };
    }

    private static string? WhyNot(LintRuleInfo rule, LintContext context, bool hasCode) => rule.Evidence switch
    {
        LintEvidence.Code when !hasCode => context.Image is null ? "no code to read (not an ELF or PE shared library or executable, or bytes not at hand)" : "not x86-64 code",
        LintEvidence.Code when rule.Id == "missing-shadow-space" && context.Image!.Abi != CallingAbi.Windows => "applies to Windows x64 only",
        LintEvidence.DebugInfo when context.Abi is null => "no debug info",
        LintEvidence.UnwindTables when context.Unwind.Count == 0 => "no .eh_frame unwind tables",
        _ => null,
    };

    private static string DebugInfoText(AbiEvidence e)
    {
        string version = e.MinVersion == e.MaxVersion ? $"{e.MinVersion}" : $"{e.MinVersion}-{e.MaxVersion}";
        string where = e.Source == "embedded" ? "" : $", from {e.DebugFile ?? e.Source}";
        return $"{e.Format.ToUpperInvariant()} {version}, {e.Units} unit{(e.Units == 1 ? "" : "s")}{where}{(e.Partial ? ", partial" : "")}";
    }
}
