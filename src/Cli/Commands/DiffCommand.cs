using System.CommandLine;

namespace AbiPortal.Cli.Commands;

/// <summary><c>abiportal diff</c>. (Scaffold: replaced by its issue's work.)</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("diff", "Not available in this build.");
        command.SetAction(_ =>
        {
            stderr.WriteLine("abiportal: 'diff' is not available in this build.");
            return 1;
        });
        return command;
    }
}
