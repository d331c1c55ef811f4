using AbiPortal.Parsers.Detection;
using AbiPortal.Parsers.Tests.Hostile;
using AbiPortal.Parsers.Tests.Mutation;
using AbiPortal.Tests;

namespace AbiPortal.Fuzz;

/// <summary>
/// The seeds: every binary committed under tests/fixtures (regression inputs included), found by
/// their first bytes, sorted; small versions of the hostile shapes the parser tests build in code
/// (so that mutations explore around them); and any binaries under the folders given with
/// <c>--seeds</c>. Fixtures added for a new reader (DWARF, say) join by themselves.
/// </summary>
internal sealed class Corpus
{
    private readonly string[] _names;
    private readonly byte[][] _data;

    private Corpus(string[] names, byte[][] data)
    {
        _names = names;
        _data = data;
    }

    public int Count => _names.Length;

    public long Bytes => _data.Sum(d => (long)d.Length);

    public static Corpus Load(IReadOnlyList<string> extraFolders)
    {
        string root = TestPaths.Fixtures(string.Empty);
        var seeds = FileWalk.FixtureBinaries().Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f))).ToList();
        seeds.AddRange(HostileSeeds());
        foreach (string folder in extraFolders)
        {
            seeds.AddRange(FileWalk.RegularFiles(folder)
                .Where(f => new FileInfo(f).Length is > 0 and < (16 << 20))
                .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))
                .Where(s => FormatDetector.Detect(s.Item2) != DetectedFormat.Unknown));
        }

        return new Corpus(seeds.Select(s => s.Item1).ToArray(), seeds.Select(s => s.Item2).ToArray());
    }

    /// <summary>The hostile shapes of the parser tests, small enough to mutate quickly.</summary>
    private static IEnumerable<(string Name, byte[] Data)> HostileSeeds()
    {
        yield return ("hostile/archive-empty-members", HostileInputs.ArchiveOfEmptyMembers(300));
        yield return ("hostile/archive-shared-long-name", HostileInputs.ArchiveSharingOneLongName(200, 2000));
        yield return ("hostile/archive-bsd-index-one-string", HostileInputs.BsdIndexNamingOneString(200, 2000));
        yield return ("hostile/elf-symbols-one-string", HostileInputs.ElfSymbolsNamingOneString(300, 2000, successive: false));
        yield return ("hostile/elf-sections-one-string", HostileInputs.ElfSectionsNamingOneString(200, 2000));
        yield return ("hostile/elf-needed-one-string", HostileInputs.ElfNeededNamingOneString(200, 2000));
        yield return ("hostile/pe-shared-lookup-table", HostileInputs.PESharingOneLookupTable(40, 100));
        yield return ("hostile/pe-thunks-one-name", HostileInputs.PESharingOneLookupTable(1, 200, nameLength: 2000));
        yield return ("hostile/pe-many-sections", HostileInputs.PEWithManySections(300, 300));
        yield return ("hostile/coff-shared-directive", HostileInputs.CoffSectionsSharingOneDirective(40, 2000));
        yield return ("hostile/macho-trie-fan-out", HostileInputs.MachOTrieFanningOutOneLongPrefix(2000, 16));
        yield return ("hostile/macho-symbols-one-string", HostileInputs.MachOSymbolsNamingOneString(300, 2000));
        yield return ("hostile/fat-repeated-slice", HostileInputs.FatRepeatingOneSlice(File.ReadAllBytes(TestPaths.Fixture("macho", "libbase.x86_64.dylib")), 8));
    }

    /// <summary>The input a finding was named after (<c>fixture#run</c>), or null when no such fixture is in the corpus.</summary>
    public byte[]? Input(string label)
    {
        int hash = label.LastIndexOf('#');
        int fixture = hash < 0 ? -1 : Array.IndexOf(_names, label[..hash]);
        return fixture < 0 || !int.TryParse(label.AsSpan(hash + 1), out int run) ? null : Mutator.Mutate(_data[fixture], _names[fixture], run, _data);
    }

    /// <summary>Input <paramref name="index"/>: fixture index mod Count, mutation run index div Count, so every chunk of inputs covers every fixture.</summary>
    public (string Label, byte[] Data) Input(long index)
    {
        int fixture = (int)(index % Count);
        int run = (int)(index / Count);
        return ($"{_names[fixture]}#{run}", Mutator.Mutate(_data[fixture], _names[fixture], run, _data));
    }
}
