using AbiPortal.Cli.Check;

namespace AbiPortal.Cli.Tests.Check;

public sealed class GitHubCommentClientTests : IAsyncLifetime
{
    private readonly FakeGitHub _github = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("abiportal-gh-").FullName;

    public Task InitializeAsync() => _github.StartAsync();

    public async Task DisposeAsync()
    {
        await _github.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Creates_then_updates_the_same_marked_comment()
    {
        _github.Seed(7, "LGTM from a human");
        var client = Client(7);

        var (first, created) = await client.UpsertAsync("libwidget", "**ABI: incompatible**", createIfMissing: true, CancellationToken.None);
        Assert.True(created);
        var (second, createdAgain) = await client.UpsertAsync("libwidget", "**ABI: still incompatible**", createIfMissing: true, CancellationToken.None);
        Assert.False(createdAgain);
        Assert.Equal(first, second);

        var ours = _github.Comments.Where(c => c.Value.Body.Contains(StickyComment.Marker("libwidget"), StringComparison.Ordinal)).ToList();
        Assert.Single(ours);
        Assert.Contains("still incompatible", ours[0].Value.Body);
        Assert.Equal(2, _github.Comments.Count);
        Assert.All(_github.Authorizations, a => Assert.Equal("Bearer ghs_test_token", a));
    }

    [Fact]
    public async Task A_clean_result_posts_nothing_when_there_is_no_earlier_comment()
    {
        var (id, created) = await Client(8).UpsertAsync("libwidget", "No ABI change", createIfMissing: false, CancellationToken.None);
        Assert.Equal(0, id);
        Assert.False(created);
        Assert.Empty(_github.Comments);
    }

    [Fact]
    public async Task Each_library_keeps_its_own_comment()
    {
        var client = Client(9);
        await client.UpsertAsync("liba", "a", createIfMissing: true, CancellationToken.None);
        await client.UpsertAsync("libb", "b", createIfMissing: true, CancellationToken.None);
        Assert.Equal(2, _github.Comments.Count(c => c.Value.Number == 9));
    }

    [Fact]
    public async Task Finds_its_comment_beyond_the_first_page()
    {
        for (int i = 0; i < 150; i++)
        {
            _github.Seed(10, $"chatter {i}");
        }

        var client = Client(10);
        await client.UpsertAsync("libwidget", "first", createIfMissing: true, CancellationToken.None);
        await client.UpsertAsync("libwidget", "second", createIfMissing: true, CancellationToken.None);
        Assert.Single(_github.Comments, c => c.Value.Body.Contains("abiportal:check", StringComparison.Ordinal));
        Assert.Contains(_github.Requests, r => r.Contains("page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Waits_as_asked_on_429_then_succeeds()
    {
        _github.RateLimitRemaining = 2;
        var waits = new List<TimeSpan>();
        var client = Client(11, (t, _) =>
        {
            waits.Add(t);
            return Task.CompletedTask;
        });
        var (_, created) = await client.UpsertAsync("libwidget", "body", createIfMissing: true, CancellationToken.None);
        Assert.True(created);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], waits);
    }

    [Fact]
    public async Task Gives_up_after_repeated_rate_limits()
    {
        _github.RateLimitRemaining = 100;
        var client = Client(12, (_, _) => Task.CompletedTask);
        await Assert.ThrowsAsync<GitHubApiException>(() => client.UpsertAsync("libwidget", "body", createIfMissing: true, CancellationToken.None));
    }

    private GitHubCommentClient Client(int pr, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        var vars = _github.Environment(pr, _folder);
        var env = GitHubEnvironment.FromEnvironment(k => vars.GetValueOrDefault(k), out string? problem) ?? throw new InvalidOperationException(problem);
        Assert.Equal(pr, env.PullRequest);
        return new GitHubCommentClient(new HttpClient(), env, delay: delay);
    }
}
