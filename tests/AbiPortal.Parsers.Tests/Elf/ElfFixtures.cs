using AbiPortal.Parsers.Snapshots;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>Reads the committed ELF fixtures (tests/fixtures/elf, rebuilt by its build.sh).</summary>
internal static class ElfFixtures
{
    public static readonly SnapshotReadOptions Options = new() { Demangle = false };

    public static Snapshot Read(string name)
    {
        string path = TestPaths.Fixture("elf", name);
        return SnapshotReader.Read(File.ReadAllBytes(path), name, Options);
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(TestPaths.Fixture("elf", name));

    /// <summary>Every committed ELF binary among the fixtures (by magic, not by name).</summary>
    public static IEnumerable<string> Binaries() => Directory.EnumerateFiles(TestPaths.Fixtures("elf"))
        .Where(f => File.ReadAllBytes(f).AsSpan().StartsWith("\u007fELF"u8))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!;
}
