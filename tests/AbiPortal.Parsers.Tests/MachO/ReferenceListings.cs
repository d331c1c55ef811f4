using System.Globalization;
using System.Text.RegularExpressions;

namespace AbiPortal.Parsers.Tests.MachO;

/// <summary>Parses the llvm-objdump / llvm-nm / llvm-otool listings that the fixture build scripts commit next to the binaries.</summary>
internal static partial class ReferenceListings
{
    /// <summary>One line of <c>llvm-objdump --macho --exports-trie</c>: address, name, bracketed flags.</summary>
    public sealed record TrieLine(ulong Address, string Name, string Flags);

    /// <summary>One line of <c>llvm-nm -g --defined-only -A</c>: member, type letter, name.</summary>
    public sealed record NmLine(string Member, char Type, string Name);

    public static List<TrieLine> ExportsTrie(string path)
        => File.ReadLines(path)
            .Select(l => TrieRegex().Match(l))
            .Where(m => m.Success)
            .Select(m => new TrieLine(ulong.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture), m.Groups[2].Value, m.Groups[3].Value))
            .ToList();

    /// <summary>Lines "archive:member: address T name" (the address is blank for some types).</summary>
    public static List<NmLine> NmArchive(string path)
        => File.ReadLines(path)
            .Select(l => NmRegex().Match(l))
            .Where(m => m.Success)
            .Select(m => new NmLine(m.Groups[1].Value, m.Groups[2].Value[0], m.Groups[3].Value))
            .ToList();

    /// <summary>Lines "address T name" of a plain <c>llvm-nm</c> listing, or bare names of <c>llvm-nm -u</c>.</summary>
    public static List<string> NmNames(string path)
        => File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();

    /// <summary>The "name in member" lines of <c>llvm-nm --print-armap</c>.</summary>
    public static List<(string Name, string Member)> ArchiveMap(string path)
        => File.ReadLines(path)
            .Select(l => l.Split(" in ", 2))
            .Where(p => p.Length == 2)
            .Select(p => (p[0], p[1]))
            .ToList();

    /// <summary>The indented lines of <c>llvm-otool -L</c>: install name, compatibility and current versions, reexport marker.</summary>
    public static List<(string Name, string Compatibility, string Current, bool Reexport)> OtoolL(string path)
        => File.ReadLines(path)
            .Select(l => OtoolRegex().Match(l))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Success))
            .ToList();

    /// <summary>The value after <paramref name="key"/> on the first matching line of <c>llvm-objdump --macho --private-headers</c>.</summary>
    public static string? LoadCommandField(string path, string key)
        => File.ReadLines(path).Select(l => l.Trim()).Where(l => l.StartsWith(key + " ", StringComparison.Ordinal)).Select(l => l[key.Length..].Trim()).FirstOrDefault();

    [GeneratedRegex(@"^0x([0-9A-Fa-f]+)\s+(\S+)\s*(?:\[(.*)\])?$")]
    private static partial Regex TrieRegex();

    [GeneratedRegex(@"^[^:]+:(.+): (?:[0-9a-fA-F]+)?\s+([A-Za-z]) (\S+)$")]
    private static partial Regex NmRegex();

    [GeneratedRegex(@"^\t(\S+) \(compatibility version ([0-9.]+), current version ([0-9.]+)(, reexport)?\)$")]
    private static partial Regex OtoolRegex();
}
