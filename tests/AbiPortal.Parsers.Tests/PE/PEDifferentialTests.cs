using System.Globalization;
using System.Text.RegularExpressions;
using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests.PE;

/// <summary>
/// For every PE fixture: exports equal the table <c>llvm-objdump -p</c> prints (ordinal, name,
/// forwarder; it also lists empty slots with RVA 0, which are not exports) and imports equal
/// <c>llvm-readobj --coff-imports</c> (DLL, name or ordinal, hint, delay or not).
/// </summary>
public sealed partial class PEDifferentialTests
{
    public static TheoryData<string> Images()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(TestPaths.Fixtures("pe")).Where(p => p.EndsWith(".dll", StringComparison.Ordinal) || p.EndsWith(".exe", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Exports_match_llvm_objdump(string file)
    {
        string dump = ExternalTool.Run("llvm-objdump", "-p", TestPaths.Fixture("pe", file));
        var expected = new List<string>();
        bool inTable = false;
        foreach (string line in dump.Split('\n'))
        {
            if (line.StartsWith(" Ordinal      RVA  Name", StringComparison.Ordinal))
            {
                inTable = true;
                continue;
            }

            if (!inTable)
            {
                continue;
            }

            var forwarded = ForwardedRow().Match(line);
            var normal = ExportRow().Match(line);
            if (forwarded.Success)
            {
                expected.Add($"{forwarded.Groups[1].Value} {forwarded.Groups[2].Value} -> {forwarded.Groups[3].Value}");
            }
            else if (normal.Success)
            {
                if (normal.Groups[2].Value != "0")
                {
                    expected.Add($"{normal.Groups[1].Value} {normal.Groups[3].Value} 0x{Convert.ToUInt32(normal.Groups[2].Value, 16):x}");
                }
            }
            else
            {
                inTable = false;
            }
        }

        var actual = PEFixtureTests.Read(file).Exports
            .Select(e => e.Forwarder is not null ? $"{e.Ordinal} {e.Name} -> {e.Forwarder}" : $"{e.Ordinal} {e.Name} 0x{e.Address:x}")
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Imports_match_llvm_readobj(string file)
    {
        string dump = ExternalTool.Run("llvm-readobj", "--coff-imports", TestPaths.Fixture("pe", file));
        var expected = new List<string>();
        string? dll = null;
        bool delay = false;
        foreach (string raw in dump.Split('\n'))
        {
            string line = raw.Trim();
            // Only unindented blocks are descriptors; a delay descriptor nests one "Import {" per symbol.
            if (raw is "Import {" or "DelayImport {")
            {
                delay = line == "DelayImport {";
                dll = null;
            }
            else if (line.StartsWith("Name: ", StringComparison.Ordinal) && dll is null)
            {
                dll = line["Name: ".Length..];
            }
            else if (SymbolRow().Match(line) is { Success: true } m)
            {
                string number = m.Groups[2].Value;
                expected.Add(m.Groups[1].Value.Length == 0 ? $"{dll} #{number} {delay}" : $"{dll} {m.Groups[1].Value} hint {number} {delay}");
            }
        }

        var actual = PEFixtureTests.Read(file).Imports
            .Select(i => i.Name is null ? $"{i.Library} #{i.Ordinal} {i.Flags.Contains("delay")}" : $"{i.Library} {i.Name} hint {i.Hint} {i.Flags.Contains("delay")}")
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Count > 0, actual.Count > 0);
    }

    [GeneratedRegex(@"^\s+(\d+)\s+(0x[0-9a-fA-F]+|0)(?:\s+(\S+))?\s*$")]
    private static partial Regex ExportRow();

    [GeneratedRegex(@"^\s+(\d+)\s+(\S+) \(forwarded to (.+)\)\s*$")]
    private static partial Regex ForwardedRow();

    [GeneratedRegex(@"^Symbol: (\S*) \((\d+)\)$")]
    private static partial Regex SymbolRow();
}
