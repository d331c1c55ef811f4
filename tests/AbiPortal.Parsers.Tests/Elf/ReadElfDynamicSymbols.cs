using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>
/// Runs <c>llvm-readelf --dyn-syms -W</c> (the reference reader; the product never needs it) on
/// a batch of files and applies the export rule of docs/snapshot.md to its table.
/// </summary>
internal static partial class ReadElfDynamicSymbols
{
    /// <summary>The export set (<c>name</c>, <c>name@@V</c> or <c>name@V</c>) per file, for files llvm-readelf read without complaint.</summary>
    public static Dictionary<string, HashSet<string>> Exports(IReadOnlyList<string> files)
    {
        var psi = new ProcessStartInfo("llvm-readelf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { "--dyn-syms", "-W" }.Concat(files))
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var troubled = new HashSet<string>(files.Where(f => stderr.Result.Contains(f, StringComparison.Ordinal)));

        var result = new Dictionary<string, HashSet<string>>();
        HashSet<string>? current = null;
        foreach (string line in output.Split('\n'))
        {
            if (line.StartsWith("File: ", StringComparison.Ordinal))
            {
                string file = line[6..];
                current = troubled.Contains(file) ? null : [];
                if (current is not null)
                {
                    result[file] = current;
                }

                continue;
            }

            if (files.Count == 1 && current is null && result.Count == 0 && !troubled.Contains(files[0]))
            {
                current = [];
                result[files[0]] = current;
            }

            var m = SymbolLine().Match(line);
            if (current is null || !m.Success)
            {
                continue;
            }

            string type = m.Groups["type"].Value, bind = m.Groups["bind"].Value, vis = m.Groups["vis"].Value, ndx = m.Groups["ndx"].Value;
            if (ndx != "UND" && bind is "GLOBAL" or "WEAK" or "UNIQUE" && vis is "DEFAULT" or "PROTECTED" && type is not ("SECTION" or "FILE"))
            {
                current.Add(m.Groups["name"].Value);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*\d+:\s+[0-9a-f]+\s+\S+\s+(?<type>\S+)\s+(?<bind>\S+)\s+(?<vis>\S+)\s+(?<ndx>\S+)\s+(?<name>.+)$")]
    private static partial Regex SymbolLine();
}
