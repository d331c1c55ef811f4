using System.CommandLine;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal inspect FILE...</c>: a readable table per file, or with <c>--json</c> one
/// snapshot JSON object per line, in argument order. Exit 0 when every file was read, 1 when one
/// was not a supported format or could not be read, 2 for usage errors.
/// </summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Binaries to read: ELF, PE/COFF, Mach-O (thin or fat), ar archives, import libraries." };
        var json = new Option<bool>("--json") { Description = "One snapshot JSON object per line (schema: docs/snapshot.md)." };
        var raw = new Option<bool>("--raw") { Description = "Show names exactly as stored instead of demangled." };
        var command = new Command("inspect", "Show what binaries export and import, with versions, identity and dependencies.") { files, json, raw };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(raw), stdout, stderr));
        return command;
    }

    private static int Run(string[] files, bool json, bool raw, TextWriter stdout, TextWriter stderr)
    {
        int exit = 0;
        // The text table needs no hash; the JSON contract carries one.
        // --raw tables show no demangled names, so they skip demangling; JSON always carries them.
        var options = new SnapshotReadOptions { ComputeSha256 = json, Demangle = json || !raw };
        bool first = true;
        foreach (string path in files)
        {
            var snapshot = SnapshotReader.ReadFile(path, options);
            // Unreadable: no reader took it, or its reader failed on the header (an error and nothing read).
            bool unreadable = snapshot.Format == BinaryFormat.Unknown
                || (snapshot.Kind == BinaryKind.Unknown && snapshot.Diagnostics.Any(d => d.Severity == Parsers.Diagnostics.DiagnosticSeverity.Error));
            if (unreadable)
            {
                exit = ExitStatus.Error;
                foreach (var d in snapshot.Diagnostics)
                {
                    stderr.WriteLine($"abiportal: {path}: {d.Message}");
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

                SnapshotTextFormatter.Write(stdout, snapshot, demangle: !raw);
                first = false;
            }
        }

        return exit;
    }
}
