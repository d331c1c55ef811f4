using AbiPortal.Tests;

namespace AbiPortal.Demangling.Tests;

/// <summary>Reads the shared LLVM Microsoft-demangling vectors (tab-separated, <c>#</c> comments).</summary>
internal static class MicrosoftConformanceVectors
{
    /// <summary>The rows of <paramref name="file"/>, or null when the shared data is absent on a developer machine.</summary>
    public static IReadOnlyList<string[]>? Read(string file)
    {
        string? folder = TestPaths.SharedTestData("demangle");
        if (folder is null)
        {
            return null;
        }

        return File.ReadAllLines(Path.Combine(folder, file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
    }
}
