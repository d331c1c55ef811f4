using System.CommandLine;

namespace AbiPortal.Cli.Commands;

/// <summary><c>abiportal demangle</c>. (Scaffold: replaced by its issue's work.)</summary>
internal static class DemangleCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("demangle", "Not available in this build.");
        command.SetAction(_ =>
        {
            stderr.WriteLine("abiportal: 'demangle' is not available in this build.");
            return 1;
        });
        return command;
    }
}
