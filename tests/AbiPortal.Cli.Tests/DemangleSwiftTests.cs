using AbiPortal.Cli.Commands;
using AbiPortal.Parsers.Demangling;
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
}
