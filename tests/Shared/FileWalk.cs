using AbiPortal.Parsers.Detection;

namespace AbiPortal.Tests;

/// <summary>
/// Walks folders the way the reference tools see them: regular files only. Symbolic links are
/// left out (files and folders alike), so a library reached through a versioned link or a linked
/// folder is read once and a link cycle cannot make the walk endless.
/// </summary>
internal static class FileWalk
{
    /// <summary>Every regular file below <paramref name="root"/>, sorted by path; unreadable folders are passed over.</summary>
    public static IReadOnlyList<string> RegularFiles(string root)
    {
        var found = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        var options = new EnumerationOptions { IgnoreInaccessible = true };
        while (pending.Count > 0)
        {
            foreach (var entry in pending.Pop().EnumerateFileSystemInfos("*", options))
            {
                if (entry.LinkTarget is not null)
                {
                    continue;
                }

                if (entry is DirectoryInfo folder)
                {
                    pending.Push(folder);
                }
                else
                {
                    found.Add(entry.FullName);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>
    /// Every committed fixture binary under tests/fixtures (any format a reader claims, found by
    /// its first bytes), sorted, so fixtures added for any format join the tests by themselves.
    /// </summary>
    public static IReadOnlyList<string> FixtureBinaries()
        => RegularFiles(TestPaths.Fixtures(string.Empty)).Where(IsRecognised).ToArray();

    private static bool IsRecognised(string path) => FormatDetector.Detect(File.ReadAllBytes(path)) != DetectedFormat.Unknown;
}
