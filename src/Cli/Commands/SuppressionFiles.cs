using AbiPortal.Parsers.Diff;

namespace AbiPortal.Cli.Commands;

/// <summary>Reads the <c>--suppressions</c> file of <c>diff</c> and <c>lint</c> (docs/diff.md, docs/lint.md).</summary>
internal static class SuppressionFiles
{
    /// <summary>
    /// False, with the reason on <paramref name="stderr"/>, when <paramref name="path"/> is given
    /// but cannot be read or is not a suppression file; <paramref name="file"/> is null when no path is given.
    /// </summary>
    public static bool TryLoad(string? path, TextWriter stderr, out SuppressionFile? file)
    {
        file = null;
        if (path is null)
        {
            return true;
        }

        try
        {
            file = SuppressionFile.Load(path);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"abiportal: {path}: {ex.Message}");
            return false;
        }
    }
}
