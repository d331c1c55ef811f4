namespace AbiPortal.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
