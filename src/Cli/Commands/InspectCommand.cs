using System.CommandLine;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal inspect FILE...</c>: a readable table per file, or with <c>--json</c> one
/// snapshot JSON object per line, in argument order; with <c>--type NAME</c> the pahole-like
/// layout of the types the debug info names so. A file may also be snapshot JSON saved by
/// <c>--json</c>. Exit 0 when every file was read (and, with <c>--type</c>, a type matched in
/// each), 1 when one was not a supported format or could not be read (or no type matched),
/// 2 for usage errors.
/// </summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Binaries to read: ELF, PE/COFF, Mach-O (thin or fat), ar archives, import libraries; or snapshot JSON from --json." };
        var json = new Option<bool>("--json") { Description = "One snapshot JSON object per line (schema: docs/snapshot.md), with the ABI surface when debug info was read." };
        var raw = new Option<bool>("--raw") { Description = "Show names exactly as stored instead of demangled." };
        var type = new Option<string?>("--type") { Description = "Print the layout of the types with this name ('struct Point', 'Point', a glob such as 'struct *'), read from debug info, as pahole does." };
        var debugFile = new Option<string?>("--debug-file") { Description = "The binary's separate debug file (objcopy --only-keep-debug, a dSYM's DWARF file), when it is not where gdb would look; one FILE only." };
        var debugInfo = new DebugInfoArguments();
        var command = new Command("inspect", CommandHelp.Describe(
                "Show what binaries export and import, with versions, identity, dependencies and the ABI surface from debug info.",
                ["0   every file was read (and, with --type, a type matched in each)", "1   a file is missing, not a supported format or unreadable (or no type matched)", "2   a usage error (unknown option, missing argument)"],
                "abiportal inspect /usr/lib/x86_64-linux-gnu/libz.so.1",
                "abiportal inspect --json libfoo.so > libfoo-1.2.json")) { files, json, raw, type, debugFile };
        debugInfo.AddTo(command);
        command.SetAction(parse =>
        {
            string? usage = parse.GetValue(json) && parse.GetValue(type) is not null ? "choose one of --json and --type (--json already carries every type)."
                : parse.GetValue(debugFile) is not null && parse.GetValue(files)!.Length > 1 ? "--debug-file goes with one FILE."
                : debugInfo.Conflict(parse, parse.GetValue(debugFile));
            if (usage is not null)
            {
                stderr.WriteLine($"abiportal: {usage}");
                return ExitStatus.Usage;
            }

            var read = new InspectRead(parse.GetValue(json), parse.GetValue(raw), parse.GetValue(type), debugInfo.Options(parse, parse.GetValue(debugFile)));
            return Run(parse.GetValue(files)!, read, stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] files, InspectRead read, TextWriter stdout, TextWriter stderr)
    {
        var (json, raw, type) = (read.Json, read.Raw, read.Type);
        int exit = 0;
        // The text table needs no hash; the JSON contract carries one.
        // --raw tables show no demangled names, so they skip demangling; JSON always carries them.
        var options = new SnapshotReadOptions { ComputeSha256 = json, Demangle = json || !raw, DebugInfo = read.DebugInfo };
        bool first = true;
        foreach (string path in files)
        {
            var snapshot = Read(path, options, stderr);
            if (snapshot is null)
            {
                exit = ExitStatus.Error;
                continue;
            }

            // Unreadable: no reader took it, or its reader failed on the header (an error and nothing read).
            bool unreadable = snapshot.Format == BinaryFormat.Unknown
                || (snapshot.Kind == BinaryKind.Unknown && snapshot.Diagnostics.Any(d => d.Severity == Parsers.Diagnostics.DiagnosticSeverity.Error));
            if (unreadable)
            {
                exit = ExitStatus.Error;

                // A missing file reads as in every other command (SnapshotFiles.Load, lint, check);
                // --json still prints its "unknown" snapshot, one object per argument.
                foreach (string message in File.Exists(path) ? snapshot.Diagnostics.Select(d => d.Message) : ["no such file."])
                {
                    stderr.WriteLine($"abiportal: {path}: {message}");
                }
            }

            if (json && stdout is StreamWriter { BaseStream: { } stream } writer)
            {
                // Straight to the output stream as UTF-8: a 44,000-export snapshot is 15 MB of
                // JSON, not worth building as a string and re-encoding.
                writer.Flush();
                SnapshotJson.Serialize(stream, snapshot);
                stream.WriteByte((byte)'\n');
            }
            else if (json)
            {
                stdout.WriteLine(SnapshotJson.Serialize(snapshot));
            }
            else if (!unreadable)
            {
                if (!first)
                {
                    stdout.WriteLine();
                }

                if (type is null)
                {
                    SnapshotTextFormatter.Write(stdout, snapshot, demangle: !raw);
                }
                else if (!TypeLayouts.Write(stdout, stderr, path, snapshot, type))
                {
                    exit = ExitStatus.Error;
                }

                first = false;
            }
        }

        return exit;
    }

    /// <summary>A binary's snapshot, or the snapshot a JSON file holds; null (with a message) for JSON that is not a snapshot.</summary>
    private static Snapshot? Read(string path, SnapshotReadOptions options, TextWriter stderr)
    {
        if (!SnapshotFiles.TryReadJson(path, out var saved, out string? error))
        {
            return SnapshotReader.ReadFile(path, options);
        }

        if (error is not null)
        {
            stderr.WriteLine($"abiportal: {path}: {error}");
        }

        return saved;
    }

    /// <summary>What to read and show: JSON or a table, raw names, a type's layout, where debug info comes from.</summary>
    private sealed record InspectRead(bool Json, bool Raw, string? Type, DebugInfoOptions DebugInfo);
}
