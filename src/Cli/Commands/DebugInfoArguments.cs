using System.CommandLine;
using AbiPortal.Parsers.Snapshots;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// The options that say where debug info comes from, shared by <c>inspect</c> and <c>diff</c>:
/// by default the binary's own, else a separate file found as gdb finds it (build id under
/// <c>/usr/lib/debug</c>, <c>.gnu_debuglink</c>, dSYM); <c>--debug-root</c> adds folders to
/// look in, a command's own <c>--debug-file</c> options name the file, and
/// <c>--no-debug-info</c> reads symbols only.
/// </summary>
internal sealed class DebugInfoArguments
{
    public Option<string[]> DebugRoot { get; } = new("--debug-root")
    {
        Description = "A folder of separate debug files looked up by build id (DIR/.build-id/ab/cdef.debug), as gdb's debug-file-directory; repeatable. Default: /usr/lib/debug.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> NoDebugInfo { get; } = new("--no-debug-info") { Description = "Read symbols only, no debug info: no ABI surface, so no type comparison." };

    public void AddTo(Command command)
    {
        command.Options.Add(DebugRoot);
        command.Options.Add(NoDebugInfo);
    }

    /// <summary>What the parse result asks for, with <paramref name="debugFile"/> (a command's own option) when given.</summary>
    public DebugInfoOptions Options(ParseResult parse, string? debugFile = null)
    {
        if (parse.GetValue(NoDebugInfo))
        {
            return DebugInfoOptions.None;
        }

        var options = DebugInfoOptions.Default;
        if (parse.GetValue(DebugRoot) is { Length: > 0 } roots)
        {
            options = options with { DebugRoots = roots };
        }

        return debugFile is null ? options : options with { DebugFile = debugFile };
    }

    /// <summary>A usage error when both a debug file and <c>--no-debug-info</c> are given; null when the options agree.</summary>
    public string? Conflict(ParseResult parse, params string?[] debugFiles)
        => parse.GetValue(NoDebugInfo) && debugFiles.Any(f => f is not null) ? "choose between --no-debug-info and a debug file." : null;
}
