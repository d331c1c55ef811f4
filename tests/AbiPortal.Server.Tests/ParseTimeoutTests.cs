using AbiPortal.Client.Contracts;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>
/// A parse longer than AbiPortal:JobTimeout is stopped (the worker passes the job's token into the
/// reader, which ends with OperationCanceledException) and the job is failed with the timeout as
/// its reason, not as a crash of the reader. The parser tests show that the readers stop.
/// </summary>
public sealed class ParseTimeoutTests
{
    [Fact]
    public async Task A_parse_past_the_job_timeout_fails_the_job_with_the_timeout()
    {
        using var data = new TempDirectory();
        // A zero timeout: every parse is past it. A small positive one raced the parse of this
        // small file (read in under a millisecond once the process is warm) and its late timer.
        var settings = new Dictionary<string, string> { ["AbiPortal:JobTimeout"] = "00:00:00" };
        await using var factory = new PortalFactory(data.Path, workers: 1, settings: settings);
        using var client = factory.CreateClient();

        var (_, artifact, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV1, "libdemo.so");
        var parsed = await PortalClient.WaitParsedAsync(client, artifact!.Id);

        Assert.Equal(ArtifactStatus.Failed, parsed.Summary.Status);
        Assert.StartsWith("Parsing took longer than the job timeout", parsed.Error, StringComparison.Ordinal);
        Assert.Equal(1, parsed.Attempts);
    }
}
