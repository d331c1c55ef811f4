using AbiPortal.Tests;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Tests.Elf;

/// <summary>
/// Differential check against the machine's own libraries: for every ELF <c>.so</c> under
/// /usr/lib/x86_64-linux-gnu, the (name, version) export set equals what llvm-readelf shows
/// under the export rule.
/// </summary>
public sealed class SystemLibraryTests
{
    private const string LibraryFolder = "/usr/lib/x86_64-linux-gnu";

    [Fact]
    public void Exports_of_every_system_shared_library_match_llvm_readelf()
    {
        Assert.True(Directory.Exists(LibraryFolder), LibraryFolder + " is missing; this test needs a Debian x86-64 machine.");
        var files = FileWalk.RegularFiles(LibraryFolder)
            .Where(f => Path.GetFileName(f) is var n && (n.EndsWith(".so", StringComparison.Ordinal) || n.Contains(".so.", StringComparison.Ordinal)))
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Where(IsElf)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(files.Length > 100, $"Only {files.Length} shared libraries found.");

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        int compared = 0;
        long exportsCompared = 0;
        var batches = files.Chunk(64).ToArray();
        var readOptions = new SnapshotReadOptions { ComputeSha256 = false, Demangle = false };
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
        {
            var expected = ReadElfDynamicSymbols.Exports(batch);
            foreach (var (file, want) in expected)
            {
                var snapshot = SnapshotReader.ReadFile(file, readOptions);
                var got = snapshot.Exports.Select(e => e.Version is null ? e.Name! : e.Name + (e.DefaultVersion == true ? "@@" : "@") + e.Version).ToHashSet(StringComparer.Ordinal);
                Interlocked.Increment(ref compared);
                Interlocked.Add(ref exportsCompared, want.Count);
                if (!got.SetEquals(want))
                {
                    mismatches.Add($"{file}: missing [{string.Join(", ", want.Except(got).Take(5))}] extra [{string.Join(", ", got.Except(want).Take(5))}]");
                }
            }
        });

        Assert.True(compared > files.Length * 9 / 10, $"llvm-readelf read only {compared} of {files.Length} files.");
        Assert.True(exportsCompared > 100_000, $"Only {exportsCompared} exports compared; is the llvm-readelf table parsed?");
        Assert.True(mismatches.IsEmpty, $"{mismatches.Count} of {compared} libraries differ:\n" + string.Join('\n', mismatches.Take(20)));
    }

    private static bool IsElf(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(magic) == 4 && magic.SequenceEqual("\u007fELF"u8);
    }
}
