// Reads the ABI surface of each file given (debug info found as SnapshotReader finds it) and
// prints one summary line per file, or with --json the whole surface as indented JSON, or with
// --list the functions, variables and types one per line (to compare with abidw/pahole).
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using AbiPortal.Parsers.Snapshots;

var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
bool json = args.Contains("--json");
bool list = args.Contains("--list");
var roots = args.Where(a => a.StartsWith("--debug-root=", StringComparison.Ordinal)).Select(a => a["--debug-root=".Length..]).ToArray();
var options = new SnapshotReadOptions
{
    ComputeSha256 = false,
    Demangle = false,
    DebugInfo = roots.Length > 0 ? DebugInfoOptions.Default with { DebugRoots = roots } : DebugInfoOptions.Default,
};
var serializer = new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
foreach (string file in files)
{
    var clock = Stopwatch.StartNew();
    var snapshot = SnapshotReader.ReadFile(file, options);
    clock.Stop();
    var surfaces = new[] { snapshot }.Concat(snapshot.Members).Where(s => s.Abi is not null).ToList();
    foreach (var s in surfaces)
    {
        var abi = s.Abi!;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(abi, serializer));
        }
        else if (list)
        {
            foreach (var f in abi.Functions)
            {
                Console.WriteLine($"function {f.Symbol} {f.Name} ({string.Join(", ", f.Parameters.Select(p => p.Type))}) -> {f.Return ?? "void"}");
            }

            foreach (var v in abi.Variables)
            {
                Console.WriteLine($"variable {v.Symbol} {v.Name} : {v.Type}");
            }

            foreach (var t in abi.Types)
            {
                Console.WriteLine($"type {t.Id} size={t.Size} fields={string.Join(",", t.Fields.Select(f => $"{f.Name}@{f.Offset}"))}");
            }
        }
        else
        {
            var e = abi.Evidence;
            Console.WriteLine($"{file}{(s.Member is null ? string.Empty : "(" + s.Member + ")")}: {clock.Elapsed.TotalMilliseconds:F0} ms, DWARF {e.MinVersion}-{e.MaxVersion}, {e.Units} units, source {e.Source}{(e.Partial ? ", partial" : string.Empty)}; {abi.Functions.Count} functions, {abi.Variables.Count} variables, {abi.Types.Count} types; exports {s.Exports.Count}");
        }
    }

    foreach (var d in snapshot.Diagnostics.Where(d => d.Code.Prefix == "DWARF"))
    {
        Console.Error.WriteLine($"{file}: {d}");
    }

    if (surfaces.Count == 0)
    {
        Console.WriteLine($"{file}: no debug info ({clock.Elapsed.TotalMilliseconds:F0} ms)");
    }
}
