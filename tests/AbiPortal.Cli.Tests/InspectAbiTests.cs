using System.Text.Json;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>abiportal inspect</c> on snapshots that carry an ABI surface (saved as snapshot JSON, which
/// inspect reads like a binary): declarations, the evidence line, exports without debug info,
/// <c>--type</c> layouts and the schema of the <c>abi</c> section.
/// </summary>
public sealed class InspectAbiTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("abiportal-inspect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Save(Snapshot snapshot)
    {
        string path = Path.Combine(_dir, snapshot.File.Name + ".json");
        File.WriteAllText(path, SnapshotJson.Serialize(snapshot));
        return path;
    }

    private static Snapshot CppShapes()
    {
        var b = new AbiSurfaceBuilder();
        string i = b.Int();
        string circle = b.Add(new AbiType
        {
            Id = "class shapes::Circle", Kind = AbiTypeKind.Class, Name = "shapes::Circle", Size = 16,
            Fields = [new AbiField { Name = "_vptr.Circle", Type = b.Pointer(b.Pointer(b.Add(new AbiType { Id = "fn(int;)", Kind = AbiTypeKind.Function, Name = "int ()", Target = i }))) }, new AbiField { Name = "r", Type = i, Offset = 8 }],
            VirtualMethods = [new AbiVirtualMethod("area() const", "_ZNK6shapes6Circle4areaEv", 0)],
        });
        string self = b.Pointer(b.Add(new AbiType { Id = "const(class shapes::Circle)", Kind = AbiTypeKind.Const, Name = "const shapes::Circle", Target = circle }));
        b.Function(new AbiFunction
        {
            Symbol = "_ZNK6shapes6Circle4areaEv", Name = "shapes::Circle::area", Return = i, Parameters = [new AbiParameter("this", self, Artificial: true)],
            Class = circle, VtableIndex = 0,
        });
        var handler = b.Pointer(b.Add(new AbiType { Id = "fn(void;int)", Kind = AbiTypeKind.Function, Name = "void (int)", Parameters = [i] }));
        b.Function("set_handler", handler, ("h", handler));
        return b.Snapshot("libshapes.so");
    }

    [Fact]
    public void The_table_shows_declarations_the_evidence_and_exports_without_debug_info()
    {
        var snapshot = AbiSurfaceBuilder.Point(withZ: false).Snapshot("libpoint.so");
        snapshot = snapshot with { Exports = [.. snapshot.Exports, new SnapshotExport { Name = "asm_helper", Kind = SymbolKind.Function, Binding = SymbolBinding.Global }, new SnapshotExport { Name = "_edata", Kind = SymbolKind.None }] };

        var (exit, stdout, stderr) = CliRunner.Run("inspect", Save(snapshot));

        Assert.True(exit == 0, stderr);
        Assert.Contains("  evidence: symbols + debug info (DWARF 5, 1 unit)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("abi functions (2):\n  int get_x(struct Point *p)\n  void init_point(struct Point *p)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("exports without debug info (1):\n  asm_helper\n", stdout, StringComparison.Ordinal);
        Assert.Contains("abi types: 3 (inspect --type NAME prints a layout)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Cpp_declarations_read_as_in_a_header()
    {
        var (exit, stdout, _) = CliRunner.Run("inspect", Save(CppShapes()));

        Assert.Equal(0, exit);
        Assert.Contains("  virtual int shapes::Circle::area() const  [_ZNK6shapes6Circle4areaEv]\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  void (*set_handler(void (*h)(int)))(int)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_without_debug_info_says_symbols_only()
    {
        var (_, stdout, _) = CliRunner.Run("inspect", TestPaths.Fixture("elf", "libversioned.so"));

        Assert.Contains("  evidence: symbols only\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("abi functions", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_prints_a_pahole_like_layout_by_id_or_bare_name()
    {
        string path = Save(AbiSurfaceBuilder.Point(withZ: true).Snapshot("libpoint.so"));
        const string Expected = "struct Point {\n"
            + "\tint                        x;                    /*     0     4 */\n"
            + "\tint                        y;                    /*     4     4 */\n"
            + "\tint                        z;                    /*     8     4 */\n"
            + "\n\t/* size: 12, cachelines: 1, members: 3 */\n"
            + "\t/* last cacheline: 12 bytes */\n"
            + "};\n";

        Assert.Equal((0, Expected, string.Empty), CliRunner.Run("inspect", "--type", "struct Point", path));
        Assert.Equal((0, Expected, string.Empty), CliRunner.Run("inspect", "--type", "Point", path));
    }

    [Fact]
    public void Type_without_a_match_or_without_debug_info_exits_1_and_with_json_is_a_usage_error()
    {
        string path = Save(AbiSurfaceBuilder.Point(withZ: false).Snapshot("libpoint.so"));

        var (exit, _, stderr) = CliRunner.Run("inspect", "--type", "struct Nope", path);
        Assert.Equal(1, exit);
        Assert.Contains("no type named 'struct Nope'", stderr, StringComparison.Ordinal);

        (exit, _, stderr) = CliRunner.Run("inspect", "--type", "Point", TestPaths.Fixture("elf", "libversioned.so"));
        Assert.Equal(1, exit);
        Assert.Contains("symbols only", stderr, StringComparison.Ordinal);

        Assert.Equal(2, CliRunner.Run("inspect", "--json", "--type", "Point", path).Exit);
    }

    [Fact]
    public void Json_carries_the_abi_section_and_validates_against_the_schema()
    {
        var (exit, stdout, _) = CliRunner.Run("inspect", "--json", Save(CppShapes()));

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("_ZNK6shapes6Circle4areaEv", doc.RootElement.GetProperty("abi").GetProperty("functions")[0].GetProperty("symbol").GetString());
        using var schemaDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "snapshot.schema.json")));
        var errors = new JsonSchemaValidator(schemaDoc.RootElement.Clone()).Validate(doc.RootElement);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Json_that_is_not_a_snapshot_exits_1()
    {
        string path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, "{\"file\":7}");

        var (exit, _, stderr) = CliRunner.Run("inspect", path);

        Assert.Equal(1, exit);
        Assert.Contains("not a snapshot JSON file", stderr, StringComparison.Ordinal);
    }
}
