using AbiPortal.Tests;

namespace AbiPortal.Parsers.Tests;

/// <summary>
/// A part of a doc that the code writes (a table of change kinds, of lint rules), between two
/// marker lines: a test checks it is what the code writes now, and with
/// <c>ABIPORTAL_UPDATE_GOLDEN=1</c> rewrites it first.
/// </summary>
internal static class GeneratedDocSection
{
    /// <summary>Asserts that docs/<paramref name="doc"/> holds <paramref name="expected"/> between <paramref name="begin"/> (a whole line) and <paramref name="end"/>.</summary>
    public static void AssertCurrent(string doc, string begin, string end, string expected)
    {
        string path = Path.Combine(TestPaths.RepoRoot, "docs", doc);
        string text = File.ReadAllText(path);
        int first = text.IndexOf(begin, StringComparison.Ordinal);
        int last = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(first >= 0 && last > first, $"docs/{doc} lacks the markers {begin.TrimEnd()} … {end}");
        int start = first + begin.Length;
        if (Environment.GetEnvironmentVariable("ABIPORTAL_UPDATE_GOLDEN") == "1")
        {
            text = text[..start] + expected + text[last..];
            File.WriteAllText(path, text);
            last = start + expected.Length;
        }

        Assert.Equal(expected, text[start..last]);
    }
}
