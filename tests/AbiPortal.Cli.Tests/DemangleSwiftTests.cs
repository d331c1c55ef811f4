using AbiPortal.Cli.Commands;
using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Cli.Tests;

/// <summary>
/// <c>llvm-nm</c> of the Swift-named fixtures (tests/fixtures/swift) piped through the filter, and
/// Swift names given as arguments: Mach-O's <c>_$s</c>/<c>__T0</c> and ELF's <c>$s</c>/<c>_T0</c> spellings.
/// </summary>
public sealed class DemangleSwiftTests
{
    [Theory]
    [InlineData("libshapes.so.nm.txt", "")]
    [InlineData("libshapes.dylib.nm.txt", "_")]
    public void Nm_listings_of_swift_libraries_read_like_swift_demangle(string listing, string underscore)
    {
        var expected = SwiftFixtureNames.Read();
        string input = File.ReadAllText(TestPaths.Fixture("swift", listing));
        var output = new StringWriter();
        DemangleCommand.Filter(new StringReader(input), output, DemangleOptions.Default, flushEachLine: false);

        string[] inLines = input.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] outLines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count, inLines.Length);
        Assert.Equal(inLines.Length, outLines.Length);
        for (int i = 0; i < inLines.Length; i++)
        {
            // "<address> <type> <name>": the address and type stay, the name is demangled.
            string name = inLines[i][19..];
            Assert.StartsWith(underscore, name);
            string text = expected[name[underscore.Length..]] ?? name;
            Assert.Equal(inLines[i][..19] + text, outLines[i]);
        }
    }

    [Fact]
    public void Swift_names_as_arguments()
    {
        var (exit, stdout, _) = CliRunner.Run("demangle", "$s6Shapes6CircleVMn", "_$s6Shapes6CircleVMn", "__T06Shapes4areaS2dF", "_T06Shapes4areaS2dF", "$sNotSwift");
        Assert.Equal(0, exit);
        Assert.Equal(
            "nominal type descriptor for Shapes.Circle\nnominal type descriptor for Shapes.Circle\n"
            + "Shapes.area(Swift.Double) -> Swift.Double\nShapes.area(Swift.Double) -> Swift.Double\n$sNotSwift\n",
            stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Strip_underscore_turns_mach_o_spellings_into_plain_ones()
        => Assert.Equal("type metadata for Swift.Int", CliRunner.Run("demangle", "-_", "_$sSiN").Stdout.Trim());

    [Fact]
    public void Diff_reports_swift_exports_by_their_demangled_names()
    {
        string dir = Directory.CreateTempSubdirectory("abiportal-swift-diff-").FullName;
        try
        {
            string old = Save(dir, "old", "_$s6Shapes9totalAreaySdSayAA5Shape_pGF", "_$s6Shapes6CircleVMn");
            string @new = Save(dir, "new", "_$s6Shapes6CircleVMn");
            var (_, stdout, _) = CliRunner.Run("diff", old, @new);
            Assert.Contains("Shapes.totalArea([Shapes.Shape]) -> Swift.Double", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A Mach-O dylib snapshot exporting <paramref name="names"/>, saved as JSON.</summary>
    private static string Save(string dir, string name, params string[] names)
    {
        var snapshot = new Snapshot
        {
            File = new SnapshotFile(name, 0, null),
            Format = BinaryFormat.MachO,
            Arch = "x86_64",
            Kind = BinaryKind.SharedLibrary,
            Identity = new SnapshotIdentity { Name = "@rpath/libShapes.dylib" },
            Exports = names.Select(n => new SnapshotExport { Name = n, Kind = SymbolKind.Function, Binding = SymbolBinding.Global }).ToArray(),
        };
        string path = Path.Combine(dir, name + ".json");
        File.WriteAllText(path, SnapshotJson.Serialize(snapshot));
        return path;
    }
}
