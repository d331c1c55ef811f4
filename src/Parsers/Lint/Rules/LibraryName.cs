using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>Which library a snapshot is, by SONAME / install name / DLL name, else by file name.</summary>
internal static class LibraryName
{
    /// <summary>The identity name (or file name), lower-case, without directories.</summary>
    public static string Of(Snapshot snapshot)
        => Path.GetFileName(snapshot.Identity.Name ?? snapshot.Member ?? snapshot.File.Name).ToLowerInvariant();

    /// <summary>Whether the library is <paramref name="stem"/> itself: <c>libz.so.1</c>, <c>libz.1.dylib</c>, <c>zlib1.dll</c> for stem <c>libz</c>.</summary>
    public static bool Is(Snapshot snapshot, string stem)
    {
        string name = Of(snapshot);
        if (!name.StartsWith(stem, StringComparison.Ordinal))
        {
            // DLLs usually drop the lib prefix (zlib1.dll, crypto-3-x64.dll).
            string bare = stem.StartsWith("lib", StringComparison.Ordinal) ? stem[3..] : stem;
            if (!name.StartsWith(bare, StringComparison.Ordinal) || !name.EndsWith(".dll", StringComparison.Ordinal))
            {
                return false;
            }

            name = "lib" + name;
        }

        // The stem must end at a word boundary: libz is not libzstd.
        return name.Length == stem.Length || !char.IsLetter(name[stem.Length]);
    }
}
