using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Dwarf;

/// <summary>The fixtures of tests/fixtures/dwarf (build.sh there rebuilds them) and ways to read them.</summary>
internal static class DwarfFixtures
{
    /// <summary>Every build of point.c whose surface must be the same (same types, same layouts on 64-bit little- and big-endian targets).</summary>
    public static readonly string[] Point64 =
    [
        "libpoint-gcc2.so", "libpoint-gcc4.so", "libpoint-gcc5.so", "libpoint-dwarf64.so", "libpoint-clang4.so", "libpoint-clang5.so",
        "libpoint-zlib.so", "libpoint-zstd.so", "libpoint-zdebug.so", "libpoint-stripped.so", "libdwz-a.so",
        "point-gcc.o", "point-clang.o", "point-ppc64.o", "point-macho.o", "libpoint.dylib",
    ];

    /// <summary>32-bit builds (i686 REL object, big-endian MIPS library).</summary>
    public static readonly string[] Point32 = ["point-i686.o", "libpoint-mips.so"];

    public static readonly string[] Shapes = ["libshapes-gcc5.so", "libshapes-clang4-types.so", "libshapes-clang5-types.so", "shapes-gcc.o"];

    /// <summary>No global debug roots: only what sits beside the fixture is found.</summary>
    public static SnapshotReadOptions Options { get; } = new() { ComputeSha256 = false, DebugInfo = DebugInfoOptions.Default with { DebugRoots = [] } };

    public static string Path(string name) => TestPaths.Fixture("dwarf", name);

    public static Snapshot Read(string name, SnapshotReadOptions? options = null) => SnapshotReader.ReadFile(Path(name), options ?? Options);

    public static AbiSurface Surface(string name, SnapshotReadOptions? options = null)
    {
        var snapshot = Read(name, options);
        return snapshot.Abi ?? throw new Xunit.Sdk.XunitException($"{name} has no ABI surface: {string.Join("; ", snapshot.Diagnostics)}");
    }

    public static AbiFunction Function(this AbiSurface surface, string symbol)
        => surface.Functions.SingleOrDefault(f => f.Symbol == symbol || f.Symbol == "_" + symbol) ?? throw new Xunit.Sdk.XunitException($"no function {symbol}");

    public static AbiType Type(this AbiSurface surface, string id)
        => surface.Types.SingleOrDefault(t => t.Id == id) ?? throw new Xunit.Sdk.XunitException($"no type {id}; have {string.Join(", ", surface.Types.Select(t => t.Id))}");

    /// <summary>A line per function, variable and type (with layout), to compare surfaces of different builds.</summary>
    /// <remarks>Strict DWARF 2 cannot state an enum's underlying type: <paramref name="enumTargets"/> false leaves them out.</remarks>
    public static string Digest(AbiSurface surface, bool enumTargets = true) => string.Join("\n",
        surface.Functions.Select(f => $"fn {f.Symbol.TrimStart('_')} {f.Name} ({string.Join(", ", f.Parameters.Select(p => p.Type))}){(f.Variadic ? " ..." : string.Empty)} -> {f.Return}")
            .Concat(surface.Variables.Select(v => $"var {v.Symbol.TrimStart('_')} {v.Name} : {v.Type}"))
            .Concat(surface.Types.Select(t => $"type {t.Id} [{t.Kind}] '{t.Name}' size={t.Size} target={(t.Kind == AbiTypeKind.Enum && !enumTargets ? null : t.Target)} count={t.Count} enc={t.Encoding} decl={t.Declaration} "
                + string.Join(",", t.Fields.Select(f => $"{f.Name}:{f.Type}@{f.Offset}/{f.BitOffset}/{f.BitSize}"))
                + " " + string.Join(",", t.Enumerators.Select(e => $"{e.Name}={e.Value}"))
                + " " + string.Join(",", t.Parameters))));
}
