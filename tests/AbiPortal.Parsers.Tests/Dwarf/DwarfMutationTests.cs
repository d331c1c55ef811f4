using System.Buffers.Binary;
using AbiPortal.Parsers.Elf;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Parsers.Tests.Mutation;

namespace AbiPortal.Parsers.Tests.Dwarf;

/// <summary>
/// Seeded mutations aimed at the debug sections of the DWARF fixtures (the general mutation test
/// spreads its runs over whole files, where debug sections are a small target): no reader may
/// throw or hang. ABIPORTAL_DWARF_MUTATION_RUNS raises the count for a long local search.
/// </summary>
public sealed class DwarfMutationTests
{
    private const int DefaultRuns = 3000;

    private static readonly string[] Targets =
    [
        "libpoint-gcc4.so", "libpoint-gcc5.so", "libpoint-clang5.so", "libpoint-gcc2.so", "libpoint-dwarf64.so", "libdwz-a.so",
        "point-gcc.o", "point-clang.o", "point-i686.o", "point-ppc64.o", "libpoint-mips.so", "point-macho.o",
        "libshapes-gcc5.so", "libshapes-clang4-types.so", "libshapes-clang5-types.so", "shapes-gcc.o", "libpoint-zlib.so", "libpoint-zstd.so",
    ];

    private static readonly SnapshotReadOptions Options = new() { ComputeSha256 = false, Demangle = false, DebugInfo = DebugInfoOptions.EmbeddedOnly };

    [Fact]
    public void Mutated_debug_sections_never_crash_or_hang_the_reader()
    {
        var files = Targets.Select(t => (Name: t, Bytes: File.ReadAllBytes(DwarfFixtures.Path(t)))).ToArray();
        var ranges = files.Select(f => DebugRanges(f.Bytes)).ToArray();
        int total = int.TryParse(Environment.GetEnvironmentVariable("ABIPORTAL_DWARF_MUTATION_RUNS"), out int n) && n > 0 ? n : DefaultRuns;
        var failures = GuardedReader.ReadAll(total, i =>
        {
            int f = i % files.Length;
            return ($"dwarf/{files[f].Name}#{i}", Mutate(files[f].Bytes, ranges[f], i));
        }, data => SnapshotReader.Read(data, "mutated", Options), GuardedReader.RunLimit);
        Assert.True(failures.Count == 0, $"{failures.Count} mutated inputs broke the reader:\n" + string.Join("\n\n", failures.Take(5)));
    }

    /// <summary>File ranges of the debug sections and their relocations (ELF), or of the whole file (Mach-O).</summary>
    private static (int Start, int Length)[] DebugRanges(byte[] file)
    {
        if (!ElfFile.TryRead(file, out var elf, out _))
        {
            return [(0, file.Length)];
        }

        return elf!.Sections.Where(s => s.Name.Contains(".debug_", StringComparison.Ordinal) && s.Size > 0 && s.Offset + s.Size <= (ulong)file.Length)
            .Select(s => ((int)s.Offset, (int)s.Size)).ToArray();
    }

    private static byte[] Mutate(byte[] original, (int Start, int Length)[] ranges, int run)
    {
        var random = new Random(run * 7919);
        byte[] data = (byte[])original.Clone();
        int edits = 1 + random.Next(4);
        for (int e = 0; e < edits; e++)
        {
            var (start, length) = ranges[random.Next(ranges.Length)];
            // Headers of units, abbreviation tables and line tables sit at the start: aim there half the time.
            int at = start + random.Next(random.Next(2) == 0 ? Math.Min(length, 64) : length);
            switch (random.Next(3))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data[at] = (byte)random.Next(256);
                    break;
                default:
                    if (at + 4 <= data.Length)
                    {
                        uint[] extremes = [0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x7fff_ffff, 0xffff_ffff, 0xffff_fff0, (uint)original.Length];
                        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(at), extremes[random.Next(extremes.Length)]);
                    }

                    break;
            }
        }

        return data;
    }
}
