namespace AbiPortal.Cli;

/// <summary>
/// Entry point of <c>abiportal</c>. Named and namespaced (not top-level statements) so that test
/// projects that also host the server, whose entry point is the global <c>Program</c>, see one.
/// </summary>
internal static class Program
{
    private static int Main(string[] args) => Commands.DemangleCommand.TryRunPlainFilter(args) ? 0 : CliApp.Run(args);
}
