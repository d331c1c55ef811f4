using Xunit.Abstractions;

using AbiPortal.Tests;

namespace AbiPortal.Demangling.Tests;

/// <summary>Reads a tab-separated conformance file of ../shared/testdata/demangle (comments start with '#').</summary>
internal static class VectorFile
{
    /// <summary>The rows of <paramref name="name"/> (tests that call this are <see cref="SharedDataFactAttribute"/>s).</summary>
    public static List<string[]> Read(string name)
    {
        string folder = TestPaths.SharedTestData("demangle")
            ?? throw new DirectoryNotFoundException("../shared/testdata/demangle is missing; mark the test [SharedDataFact].");

        var rows = new List<string[]>();
        foreach (string line in File.ReadLines(Path.Combine(folder, name)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    /// <summary>Decodes the <c>\xNN</c> and <c>\\</c> escapes of itanium-invalid.tsv (bytes read as Latin-1 chars).</summary>
    public static string Unescape(string escaped)
    {
        var sb = new System.Text.StringBuilder(escaped.Length);
        for (int i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length)
            {
                if (escaped[i + 1] == '\\')
                {
                    sb.Append('\\');
                    i++;
                    continue;
                }

                if (escaped[i + 1] == 'x' && i + 3 < escaped.Length)
                {
                    sb.Append((char)Convert.ToInt32(escaped.Substring(i + 2, 2), 16));
                    i += 3;
                    continue;
                }
            }

            sb.Append(escaped[i]);
        }

        return sb.ToString();
    }

    /// <summary>Reports a pass count to the test output and to stdout (CI logs keep both).</summary>
    public static void Report(ITestOutputHelper output, string file, int passed, int total)
    {
        string line = $"demangle conformance {file}: {passed}/{total}";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    /// <summary>Writes failures to $DEMANGLE_FAILURES_DIR/&lt;file&gt;.txt when set (a tool for the developer, not an assertion).</summary>
    public static void DumpFailures(string file, List<string> failures)
    {
        string? dir = Environment.GetEnvironmentVariable("DEMANGLE_FAILURES_DIR");
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllLines(Path.Combine(dir, file + ".txt"), failures);
        }
    }
}
