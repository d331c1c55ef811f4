using System.CommandLine;

namespace AbiPortal.Cli.Commands;

/// <summary><c>abiportal check</c>. (Scaffold: replaced by its issue's work.)</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("check", "Not available in this build.");
        command.SetAction(_ =>
        {
            stderr.WriteLine("abiportal: 'check' is not available in this build.");
            return 1;
        });
        return command;
    }
}
