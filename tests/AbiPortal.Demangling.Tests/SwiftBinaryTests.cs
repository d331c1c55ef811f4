using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;
using Xunit;

namespace AbiPortal.Demangling.Tests;

/// <summary>
/// Swift-mangled exports of real binaries: tests/fixtures/swift/shapes.c built by clang as a Mach-O
/// dylib (whose symbols carry an extra leading underscore: <c>_$s...</c>, <c>__T0...</c>) and as an ELF
/// shared object (<c>$s...</c>). The snapshot must demangle both spellings to names.tsv's text.
/// </summary>
public sealed class SwiftBinaryTests
{
    private static readonly SnapshotReadOptions Options = new() { ComputeSha256 = false };

    [Theory]
    [InlineData("libshapes.so", "")]
    [InlineData("libshapes.dylib", "_")]
    public void ExportsAreDemangledWithOrWithoutMachOUnderscore(string file, string underscore)
    {
        var expected = SwiftFixtureNames.Read();
        var snapshot = SnapshotReader.ReadFile(TestPaths.Fixture("swift", file), Options);
        Assert.False(snapshot.HasErrors);
        var exports = snapshot.Exports.ToDictionary(e => e.Name!, e => e.Demangled, StringComparer.Ordinal);
        Assert.Equal(expected.Count, exports.Count);
        foreach (var (name, demangled) in expected)
        {
            Assert.True(exports.TryGetValue(underscore + name, out string? actual), $"{underscore + name} is not exported by {file}");
            Assert.Equal(demangled, actual);
        }
    }
}
