using System.CommandLine;
using AbiPortal.Cli.Commands;

namespace AbiPortal.Cli;

/// <summary>The <c>abiportal</c> command: one subcommand per user task.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
        => Run(args, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <summary>Runs with an explicit environment lookup (tests stand in for a CI job's variables).</summary>
    internal static int Run(string[] args, TextWriter? stdout, TextWriter? stderr, Func<string, string?> env)
    {
        // Console.Out flushes on every write; a 44,000-line table wants a buffered writer.
        using var buffered = stdout is null ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false } : null;
        stdout ??= buffered!;
        stderr ??= Console.Error;
        var root = new RootCommand("AbiPortal: see and diff what native binaries export (ELF, PE/COFF, Mach-O, ar).")
        {
            InspectCommand.Create(stdout, stderr),
            DemangleCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
            LintCommand.Create(stdout, stderr),
            MatrixCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr, env, null),
        };

        // No response files: an argument starting with '@' is data here (Swift macro names such as
        // "@__swiftmacro_..." are demangled), never a file of more arguments.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (UnknownOptions.Find(parse) is { } unknown)
        {
            stderr.WriteLine(unknown);
            string command = parse.CommandResult.Command == root ? "abiportal" : $"abiportal {parse.CommandResult.Command.Name}";
            stderr.WriteLine($"Try '{command} --help'.");
            return ExitStatus.Usage;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"abiportal: {error.Message}");
            }

            stderr.WriteLine("Try 'abiportal --help'.");
            return ExitStatus.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
        finally
        {
            stdout.Flush();
        }
    }
}
