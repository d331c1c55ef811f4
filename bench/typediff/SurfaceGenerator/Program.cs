using System.Diagnostics;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;

// Writes two snapshots whose ABI surfaces are the size of a large C++ library's (libLLVM: tens of
// thousands of exported functions, hundreds of thousands of types), the second with a share of
// its classes grown, enums renumbered and parameters retyped, for bench/typediff/run.sh.
//   SurfaceGenerator OUT_DIR [classes] [functions] [changed-percent]
// With --time it also diffs them in process and prints the time, to find hot spots.
// With --real=FILE [--debug-root=DIR] the old side is FILE's real snapshot (debug info found as
// the CLI finds it) and the new side the same with a share of its structs grown by a member.
string[] positional = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
string outDir = positional.Length > 0 ? positional[0] : ".";
int classes = positional.Length > 1 ? int.Parse(positional[1], System.Globalization.CultureInfo.InvariantCulture) : 120_000;
int functions = positional.Length > 2 ? int.Parse(positional[2], System.Globalization.CultureInfo.InvariantCulture) : 45_000;
double changed = positional.Length > 3 ? double.Parse(positional[3], System.Globalization.CultureInfo.InvariantCulture) / 100 : 0.01;
bool time = args.Contains("--time");
string? real = args.FirstOrDefault(a => a.StartsWith("--real=", StringComparison.Ordinal))?["--real=".Length..];
string[] roots = [.. args.Where(a => a.StartsWith("--debug-root=", StringComparison.Ordinal)).Select(a => a["--debug-root=".Length..])];

Snapshot old, @new;
if (real is not null)
{
    old = SnapshotReader.ReadFile(real, new SnapshotReadOptions { Demangle = false, DebugInfo = roots.Length > 0 ? DebugInfoOptions.Default with { DebugRoots = roots } : DebugInfoOptions.Default });
    @new = Grow(old, changed);
}
else
{
    old = Generate(classes, functions, 0, "old.so");
    @new = Generate(classes, functions, changed, "new.so");
}
Directory.CreateDirectory(outDir);
using (var stream = File.Create(Path.Combine(outDir, "old.json")))
{
    SnapshotJson.Serialize(stream, old);
}

using (var stream = File.Create(Path.Combine(outDir, "new.json")))
{
    SnapshotJson.Serialize(stream, @new);
}

Console.WriteLine($"{old.Abi!.Types.Count} types, {old.Abi.Functions.Count} functions, {changed:P1} of classes changed: {outDir}/old.json, {outDir}/new.json");
if (time)
{
    for (int run = 0; run < 3; run++)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var diff = SnapshotDiffer.Compare(old, @new);
        Console.WriteLine($"in-process diff: {watch.ElapsedMilliseconds} ms, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU, {diff.Changes.Count} changes, verdict {diff.Verdict}");
        var reached = diff.Changes.Where(c => c.ExportCount is not null).Select(c => c.ExportCount!.Value).DefaultIfEmpty().ToList();
        Console.WriteLine($"type changes reach {reached.Min()}..{reached.Max()} exports (mean {reached.Average():F0}), {diff.Changes.Sum(c => c.Symbols?.Count ?? 0)} listed");
    }
}

static string Class(int index) => $"class ns{index % 97}::C{index}";

// A real surface's second build: every struct whose position falls in the share gains a member at its end.
static Snapshot Grow(Snapshot old, double share)
{
    var change = new Random(56);
    var types = old.Abi!.Types.Select(t =>
        t.Kind is AbiTypeKind.Struct && !t.Declaration && t.Size is { } size && change.NextDouble() < share
            ? t with { Size = size + 8, Fields = [.. t.Fields, new AbiField { Name = "added", Type = t.Fields.Count > 0 ? t.Fields[0].Type : "int", Offset = size }] }
            : t).ToArray();
    return old with { File = old.File with { Name = "new-" + old.File.Name }, Abi = old.Abi with { Types = types } };
}

static Snapshot Generate(int classes, int functions, double changed, string file)
{
    // Same seed for both sides: the new side differs only where `changed` says.
    var random = new Random(12);
    var change = new Random(34);
    var types = new List<AbiType>
    {
        new() { Id = "int", Kind = AbiTypeKind.Base, Name = "int", Size = 4, Encoding = "signed" },
        new() { Id = "long", Kind = AbiTypeKind.Base, Name = "long", Size = 8, Encoding = "signed" },
        new() { Id = "char", Kind = AbiTypeKind.Base, Name = "char", Size = 1, Encoding = "signed-char" },
        new() { Id = "unsigned int", Kind = AbiTypeKind.Base, Name = "unsigned int", Size = 4, Encoding = "unsigned" },
    };
    string[] bases = ["int", "long", "char"];
    for (int c = 0; c < classes; c++)
    {
        string id = Class(c);
        bool grow = change.NextDouble() < changed;
        int fieldCount = 2 + random.Next(8);
        var fields = new List<AbiField>();
        ulong offset = 0;
        for (int f = 0; f < fieldCount; f++)
        {
            // Members: base types, pointers to other classes (cycles included), and embedded
            // earlier classes (a DAG by value), as C++ code has.
            int pick = random.Next(10);
            string type = pick < 5 ? bases[random.Next(bases.Length)]
                : pick < 9 || c == 0 ? $"ptr({Class(random.Next(classes))})"
                : Class(random.Next(c));
            fields.Add(new AbiField { Name = $"m{f}", Type = type, Offset = offset });
            offset += 8;
        }

        if (grow)
        {
            fields.Add(new AbiField { Name = "added", Type = "long", Offset = offset });
            offset += 8;
        }

        types.Add(new AbiType
        {
            Id = id, Kind = AbiTypeKind.Class, Name = $"ns{c % 97}::C{c}", Size = offset, Fields = fields, DeclFile = $"include/ns{c % 97}.h",
            VirtualMethods = c % 5 == 0 ? [new AbiVirtualMethod("~C()", null, 0), new AbiVirtualMethod("run()", $"_ZN2C{c}3runEv", 2)] : [],
        });
        types.Add(new AbiType { Id = $"ptr({id})", Kind = AbiTypeKind.Pointer, Name = $"ns{c % 97}::C{c} *", Size = 8, Target = id });
    }

    for (int e = 0; e < classes / 20; e++)
    {
        bool renumber = change.NextDouble() < changed;
        types.Add(new AbiType
        {
            Id = $"enum E{e}", Kind = AbiTypeKind.Enum, Name = $"enum E{e}", Size = 4, Target = "unsigned int",
            Enumerators = [.. Enumerable.Range(0, 6).Select(v => new AbiEnumerator($"E{e}_V{v}", renumber && v > 2 ? v + 1 : v))],
        });
    }

    var functionList = new List<AbiFunction>();
    var exports = new List<SnapshotExport>();
    for (int f = 0; f < functions; f++)
    {
        int owner = random.Next(classes);
        string self = $"ptr({Class(owner)})";
        var parameters = new List<AbiParameter> { new("this", self, Artificial: true) };
        int count = random.Next(4);
        for (int p = 0; p < count; p++)
        {
            int pick = random.Next(10);
            string type = pick < 4 ? bases[random.Next(bases.Length)] : pick < 9 ? $"ptr({Class(random.Next(classes))})" : $"enum E{random.Next(classes / 20)}";
            if (p == 0 && change.NextDouble() < changed / 4)
            {
                type = "unsigned int";
            }

            parameters.Add(new AbiParameter($"p{p}", type));
        }

        string symbol = $"_ZN2ns1C{owner}4fn{f}Ev";
        functionList.Add(new AbiFunction { Symbol = symbol, Name = $"ns::C{owner}::fn{f}", Return = random.Next(3) == 0 ? "int" : null, Parameters = parameters, Class = Class(owner) });
        exports.Add(new SnapshotExport { Name = symbol, Kind = SymbolKind.Function, Binding = SymbolBinding.Global, Size = 16 });
    }

    return new Snapshot
    {
        File = new SnapshotFile(file, 0, null), Format = BinaryFormat.Elf, Arch = "x86_64", Bits = 64, Kind = BinaryKind.SharedLibrary,
        Exports = exports,
        Abi = new AbiSurface
        {
            Evidence = new AbiEvidence { MinVersion = 5, MaxVersion = 5, Units = 2000 },
            Functions = [.. functionList.OrderBy(x => x.Symbol, StringComparer.Ordinal)],
            Types = [.. types.OrderBy(t => t.Id, StringComparer.Ordinal)],
        },
    };
}
