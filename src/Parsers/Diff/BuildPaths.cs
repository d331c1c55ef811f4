namespace AbiPortal.Parsers.Diff;

/// <summary>
/// Whether a library search path entry (ELF DT_RPATH/DT_RUNPATH, Mach-O LC_RPATH) looks like it
/// leaked from the build machine. On users' machines such an entry finds nothing, or finds what
/// someone put there: a relative or empty entry is resolved against the working directory (ld.so
/// treats an empty entry as "."), and a path into a build tree exists on any machine where an
/// attacker can create it. Entries relative to the binary (<c>$ORIGIN</c>, <c>@loader_path</c>,
/// <c>@executable_path</c>, <c>@rpath</c>) and ordinary system folders are fine.
/// </summary>
public static class BuildPaths
{
    /// <summary>Absolute prefixes of home, temporary and CI workspace folders (Debian's buildds build under /build).</summary>
    private static readonly string[] Prefixes =
        ["/home/", "/Users/", "/root/", "/tmp/", "/var/tmp/", "/build/", "/builds/", "/workspace/", "/__w/", "/github/workspace/", "/runner/"];

    /// <summary>Folder names that build systems create (CMake, Meson's habit, libtool).</summary>
    private static readonly string[] Components = ["build", "_build", "builddir", ".libs", "CMakeFiles"];

    /// <summary>Why <paramref name="entry"/> looks leaked, or null when it does not.</summary>
    public static string? Reason(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Length == 0)
        {
            return "an empty entry: the working directory";
        }

        if (entry.StartsWith("$ORIGIN", StringComparison.Ordinal) || entry.StartsWith("${ORIGIN}", StringComparison.Ordinal) || entry.StartsWith('@'))
        {
            return null;
        }

        if (!entry.StartsWith('/'))
        {
            return "a relative path: resolved against the working directory";
        }

        foreach (string prefix in Prefixes)
        {
            if (entry.StartsWith(prefix, StringComparison.Ordinal) || entry == prefix.TrimEnd('/'))
            {
                return $"under {prefix}: a build machine's folder";
            }
        }

        foreach (string part in entry.Split('/'))
        {
            if (Components.Contains(part, StringComparer.Ordinal) || part.StartsWith("build-", StringComparison.Ordinal) || part.StartsWith("cmake-build-", StringComparison.Ordinal))
            {
                return $"a {part} folder: a build tree";
            }
        }

        return null;
    }
}
