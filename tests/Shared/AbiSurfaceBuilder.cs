using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Tests;

/// <summary>
/// Builds ABI surfaces in code, with the ids the DWARF reader gives (AbiType's remarks):
/// <c>struct Point</c>, <c>ptr(struct Point)</c>, <c>typedef point_t</c>. For tests of
/// everything that reads surfaces; the reader's own tests use real binaries.
/// </summary>
internal sealed class AbiSurfaceBuilder
{
    private readonly Dictionary<string, AbiType> _types = new(StringComparer.Ordinal);
    private readonly List<AbiFunction> _functions = [];
    private readonly List<AbiVariable> _variables = [];

    public AbiEvidence Evidence { get; init; } = new() { MinVersion = 5, MaxVersion = 5, Units = 1 };

    /// <summary>Adds (or replaces) a type and returns its id.</summary>
    public string Add(AbiType type)
    {
        _types[type.Id] = type;
        return type.Id;
    }

    public string Base(string name, ulong size, string encoding = "signed")
        => Add(new AbiType { Id = name, Kind = AbiTypeKind.Base, Name = name, Size = size, Encoding = encoding });

    public string Int() => Base("int", 4);

    public string Pointer(string target)
        => Add(new AbiType { Id = $"ptr({target})", Kind = AbiTypeKind.Pointer, Name = Spell(target, "*"), Size = 8, Target = target });

    public string Const(string target)
        => Add(new AbiType { Id = $"const({target})", Kind = AbiTypeKind.Const, Name = _types[target].Kind == AbiTypeKind.Pointer ? _types[target].Name + "const" : "const " + _types[target].Name, Target = target });

    public string Typedef(string name, string target)
        => Add(new AbiType { Id = $"typedef {name}", Kind = AbiTypeKind.Typedef, Name = name, Target = target });

    public string Array(string element, ulong count)
        => Add(new AbiType { Id = $"array({element};{count})", Kind = AbiTypeKind.Array, Name = $"{_types[element].Name}[{count}]", Size = (_types[element].Size ?? 0) * count, Target = element, Count = count });

    /// <summary>A struct defined in a header, with fields (name, type id, byte offset).</summary>
    public string Struct(string name, ulong size, params (string Name, string Type, ulong Offset)[] fields)
        => Add(new AbiType
        {
            Id = $"struct {name}", Kind = AbiTypeKind.Struct, Name = $"struct {name}", Size = size, DeclFile = "include/lib.h", DeclLine = 1,
            Fields = [.. fields.Select(f => new AbiField { Name = f.Name, Type = f.Type, Offset = f.Offset })],
        });

    public string Opaque(string name)
        => Add(new AbiType { Id = $"struct {name}", Kind = AbiTypeKind.Struct, Name = $"struct {name}", Declaration = true });

    public string Enum(string name, ulong size, params (string Name, long Value)[] enumerators)
        => Add(new AbiType
        {
            Id = $"enum {name}", Kind = AbiTypeKind.Enum, Name = $"enum {name}", Size = size, Target = size == 4 ? Base("unsigned int", 4, "unsigned") : Base("unsigned long", 8, "unsigned"),
            Enumerators = [.. enumerators.Select(e => new AbiEnumerator(e.Name, e.Value))],
        });

    /// <summary>A C function (symbol = name); parameters are (name, type id); null return is void.</summary>
    public AbiSurfaceBuilder Function(string name, string? returns, params (string? Name, string Type)[] parameters)
        => Function(new AbiFunction { Symbol = name, Name = name, Return = returns, Parameters = [.. parameters.Select(p => new AbiParameter(p.Name, p.Type))] });

    public AbiSurfaceBuilder Function(AbiFunction function)
    {
        _functions.Add(function);
        return this;
    }

    public AbiSurfaceBuilder Variable(string name, string type)
    {
        _variables.Add(new AbiVariable { Symbol = name, Name = name, Type = type });
        return this;
    }

    public AbiType Type(string id) => _types[id];

    public AbiSurface Build() => new()
    {
        Evidence = Evidence,
        Functions = [.. _functions.OrderBy(f => f.Symbol, StringComparer.Ordinal)],
        Variables = [.. _variables.OrderBy(v => v.Symbol, StringComparer.Ordinal)],
        Types = [.. _types.Values.OrderBy(t => t.Id, StringComparer.Ordinal)],
    };

    /// <summary>An ELF shared library exporting every function and variable of the surface, with the surface.</summary>
    public Snapshot Snapshot(string file) => new()
    {
        File = new SnapshotFile(file, 0, null),
        Format = BinaryFormat.Elf,
        Arch = "x86_64",
        Bits = 64,
        Kind = BinaryKind.SharedLibrary,
        Identity = new SnapshotIdentity { Name = "libpoint.so.1" },
        Exports =
        [
            .. _functions.Select(f => new SnapshotExport { Name = f.Symbol, Kind = SymbolKind.Function, Binding = SymbolBinding.Global, Visibility = SymbolVisibility.Default, Size = 16 }),
            .. _variables.Select(v => new SnapshotExport { Name = v.Symbol, Kind = SymbolKind.Object, Binding = SymbolBinding.Global, Visibility = SymbolVisibility.Default, Size = _types[v.Type].Size }),
        ],
        Abi = Build(),
    };

    /// <summary>The pair: <c>struct Point { int x, y; }</c> (with <c>z</c> when <paramref name="withZ"/>), <c>get_x(Point *)</c> and <c>init_point(Point *)</c>.</summary>
    public static AbiSurfaceBuilder Point(bool withZ)
    {
        var b = new AbiSurfaceBuilder();
        string i = b.Int();
        string point = withZ ? b.Struct("Point", 12, ("x", i, 0), ("y", i, 4), ("z", i, 8)) : b.Struct("Point", 8, ("x", i, 0), ("y", i, 4));
        string p = b.Pointer(point);
        return b.Function("get_x", i, ("p", p)).Function("init_point", null, ("p", p));
    }

    /// <summary>A pointer's spelling: <c>struct Point *</c>, <c>char **</c>, <c>void (*)(int)</c>.</summary>
    private string Spell(string target, string suffix)
    {
        string name = _types.TryGetValue(target, out var t) ? t.Name : target;
        if (t?.Kind == AbiTypeKind.Function)
        {
            int paren = name.IndexOf('(', StringComparison.Ordinal);
            return $"{name[..paren].TrimEnd()} ({suffix}){name[paren..]}";
        }

        return name.EndsWith('*') ? name + suffix : name + " " + suffix;
    }
}
