using System.CommandLine;
using AbiPortal.Cli.Check;

namespace AbiPortal.Cli.Commands;

/// <summary>
/// <c>abiportal check FILE --server URL --library NAME</c>: the pull-request bot. Compares a
/// build with the library's baseline stored on the server, prints the verdict and the Markdown
/// comment, optionally keeps one sticky comment on the pull request (<c>--github</c>), and exits
/// with abidiff's bits so the CI check fails when the ABI breaks; a risk that does not fail the
/// check is reported as a warning.
/// </summary>
internal static class CheckCommand
{
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="env">Environment lookup (tests pass their own).</param>
    /// <param name="handler">HTTP handler (tests may pass one); null for the default.</param>
    internal static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> env, HttpMessageHandler? handler)
    {
        var file = new Argument<string>("file") { Description = "The binary this pull request builds." };
        var server = new Option<string>("--server") { Description = "AbiPortal server URL, e.g. https://abi.example.com.", Required = true };
        var library = new Option<string>("--library") { Description = "Library label whose baseline to compare with.", Required = true };
        var against = new Option<string?>("--against") { Description = "Baseline version (default: the latest release build of the library)." };
        var snapshotOnly = new Option<bool>("--snapshot-only") { Description = "Send only the snapshot read here; the binary never leaves this machine." };
        var json = new Option<string?>("--json") { Description = "Write the server's JSON answer (diff, Markdown, links) to this file." };
        var failOn = new Option<string>("--fail-on") { Description = "The least verdict that fails the check (exit 12): incompatible (default), api-break, risk, compatible, any, or none.", DefaultValueFactory = _ => "incompatible" };
        failOn.AcceptOnlyFromAmong(ExitStatus.FailOnWords);
        var warnOn = new Option<string>("--warn-on") { Description = "The least verdict reported as a warning when it does not fail the check (a ::warning annotation in GitHub Actions): risk (default), api-break, incompatible, compatible, any, or none.", DefaultValueFactory = _ => "risk" };
        warnOn.AcceptOnlyFromAmong(ExitStatus.FailOnWords);
        var token = new Option<string?>("--token") { Description = "Upload token, for a server that requires one (sent as Authorization: Bearer; default: $ABIPORTAL_TOKEN)." };
        var github = new Option<bool>("--github") { Description = "Post or update the sticky pull-request comment (GitHub Actions variables)." };
        var version = new Option<string?>("--version-label") { Description = "Version label for the stored PR build." };
        var platform = new Option<string?>("--platform") { Description = "Platform label for the stored PR build." };
        var pr = new Option<string?>("--pr") { Description = "Pull request number (default: from the GitHub event)." };
        var commit = new Option<string?>("--commit") { Description = "Commit of the build (default: $GITHUB_SHA)." };

        var command = new Command("check", CommandHelp.Describe(
                "Compare a build with its stored baseline; comment on the pull request; fail on ABI breaks.",
                CommandHelp.DiffStatuses,
                "abiportal check build/libfoo.so --server https://abi.example.org --library foo",
                "abiportal check build/libfoo.so --server $ABIPORTAL_URL --library foo --github"))
        {
            file, server, library, against, snapshotOnly, json, failOn, warnOn, token, github, version, platform, pr, commit,
        };

        command.SetAction(async (parse, ct) =>
        {
            var options = new CheckRunOptions
            {
                Server = parse.GetValue(server)!,
                Token = parse.GetValue(token) ?? env("ABIPORTAL_TOKEN"),
                JsonPath = parse.GetValue(json),
                FailOn = parse.GetValue(failOn)!,
                WarnOn = parse.GetValue(warnOn)!,
                GitHub = parse.GetValue(github),
                Request = new CheckRequest
                {
                    FilePath = parse.GetValue(file)!,
                    Library = parse.GetValue(library)!,
                    Against = parse.GetValue(against),
                    SnapshotOnly = parse.GetValue(snapshotOnly),
                    Version = parse.GetValue(version),
                    Platform = parse.GetValue(platform),
                    PullRequest = parse.GetValue(pr),
                    Commit = parse.GetValue(commit) ?? env("GITHUB_SHA"),
                },
            };
            return await new CheckRunner(stdout, stderr, env, handler).RunAsync(options, ct);
        });
        return command;
    }
}
