using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Parsers.Dwarf;

/// <summary>
/// Where gdb looks for separate debug files (gdb manual, "Debugging Information in Separate
/// Files"), as paths to try in order. Names from the binary are used only as plain file names:
/// a debuglink name with a folder in it is refused, so a binary cannot point the reader anywhere.
/// </summary>
internal sealed class DebugFileLocator(DebugInfoOptions options, string? binaryPath)
{
    /// <summary>True when some path was built (so a miss is worth reporting).</summary>
    public bool Searched { get; private set; }

    private string? Folder => binaryPath is null ? null : Path.GetDirectoryName(binaryPath);

    /// <summary><c>ROOT/.build-id/ab/cdef….debug</c> for each debug root.</summary>
    public IEnumerable<string> BuildIdPaths(string buildId)
    {
        if (buildId.Length < 3 || !buildId.All(char.IsAsciiHexDigit))
        {
            yield break;
        }

        string id = buildId.ToLowerInvariant();
        foreach (string root in options.DebugRoots)
        {
            Searched = true;
            yield return Path.Combine(root, ".build-id", id[..2], id[2..] + ".debug");
        }
    }

    /// <summary>The link name beside the binary, in its <c>.debug</c> folder, and under each root + the binary's folder.</summary>
    public IEnumerable<string> DebugLinkPaths(string link)
    {
        if (link.Length == 0 || link.Contains('/') || link.Contains('\\') || link is "." or ".." || Folder is not { } folder)
        {
            yield break;
        }

        Searched = true;
        string own = binaryPath is null ? string.Empty : Path.GetFullPath(binaryPath);
        foreach (string candidate in Candidates())
        {
            // A binary whose debuglink names itself is not its own debug file.
            if (!string.Equals(Path.GetFullPath(candidate), own, StringComparison.Ordinal))
            {
                yield return candidate;
            }
        }

        IEnumerable<string> Candidates()
        {
            yield return Path.Combine(folder, link);
            yield return Path.Combine(folder, ".debug", link);
            foreach (string root in options.DebugRoots)
            {
                yield return Path.Combine(root, folder.TrimStart('/'), link);
            }
        }
    }

    /// <summary>The Mach-O dSYM companion: <c>X.dSYM/Contents/Resources/DWARF/X</c> beside <c>X</c>.</summary>
    public IEnumerable<string> DsymPaths()
    {
        if (binaryPath is null)
        {
            yield break;
        }

        Searched = true;
        string name = Path.GetFileName(binaryPath);
        yield return Path.Combine(binaryPath + ".dSYM", "Contents", "Resources", "DWARF", name);
    }

    /// <summary>The DWZ file: the link's path (absolute, or relative to the debug file), then by build id under the roots.</summary>
    public IEnumerable<string> SupplementaryPaths(string link, string? buildId)
    {
        if (Path.IsPathRooted(link))
        {
            yield return link;
        }
        else if (Folder is { } folder)
        {
            yield return Path.GetFullPath(Path.Combine(folder, link));
        }

        if (buildId is not null)
        {
            foreach (string p in BuildIdPaths(buildId))
            {
                yield return p;
            }
        }
    }

    /// <summary>Whether the file's CRC-32 is the one <c>.gnu_debuglink</c> states.</summary>
    public bool CrcMatches(string path, uint crc)
    {
        try
        {
            using var input = Primitives.BinaryInput.OpenFile(path);
            return DebugLinkCrc.Compute(input.Memory.Span) == crc;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Diagnostics.BinaryFormatException)
        {
            return false;
        }
    }
}
