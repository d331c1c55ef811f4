using System.Net;
using System.Net.Http.Json;
using System.Text;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Matrix;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>
/// <c>/api/libraries/{name}/versions/{version}/matrix</c> on the real server (SQLite) over real
/// builds of one release for Linux, Windows and macOS (tests/fixtures/matrix).
/// </summary>
public sealed class MatrixApiTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private const string TallyUrl = "/api/libraries/tally/versions/1.4.0/matrix";
    private const string CounterUrl = "/api/libraries/counter/versions/2.0/matrix";

    [Fact]
    public async Task The_matrix_lists_names_missing_somewhere_first_with_the_summary()
    {
        var (tally, _) = await MatrixBuilds.UploadBothAsync(portal.Client);
        var page = await PortalClient.GetAsync<PlatformMatrixPage>(portal.Client, TallyUrl + "?pageSize=3");

        Assert.Equal(["linux-x86_64", "macos/arm64", "macos/x86_64", "windows-x86", "windows-x86_64"], page!.Columns.Select(c => c.Label));
        Assert.Equal(tally["macos"], page.Columns[1].ArtifactId);
        Assert.Equal("arm64", page.Columns[1].Member);
        Assert.Equal((10, 8, 2, 7), (page.Summary.Names, page.Summary.Everywhere, page.Summary.NotEverywhere, page.Summary.OtherSpelling));
        Assert.Equal((10, 3), (page.Total, page.Items.Count));
        Assert.Equal(["tally_load_fd", "tally_load_wide", "tally_add"], page.Items.Select(r => r.Name));
        Assert.Equal(["windows-x86", "windows-x86_64"], page.Items[0].MissingOn);
        Assert.Empty(page.Pending);

        // A spelling names the stored export it came from.
        var add = page.Items[2];
        var decorated = add.Cells.Single(c => c.Platform == "windows-x86");
        Assert.Equal(MatrixPresence.OtherSpelling, decorated.State);
        var spelling = Assert.Single(decorated.Spellings);
        var export = await PortalClient.GetAsync<ExportDetail>(portal.Client, $"/api/artifacts/{tally["windows-x86"]}/exports/{spelling.ExportId}");
        Assert.Equal("tally_add@12", export!.Export.Name);
    }

    [Fact]
    public async Task Cpp_builds_of_both_ABIs_are_one_row_per_function()
    {
        await MatrixBuilds.UploadBothAsync(portal.Client);
        var page = await PortalClient.GetAsync<PlatformMatrixPage>(portal.Client, CounterUrl + "?filter=gaps");
        Assert.Equal(
            [
                "tally::Counter::dump() const", "typeinfo for tally::Counter", "typeinfo name for tally::Counter",
                "tally::Counter::Counter(tally::Counter const&)", "tally::Counter::operator=(tally::Counter const&)",
            ],
            page!.Items.Select(r => r.Name));
        Assert.Equal(21, page.Summary.Names);

        var hash = await PortalClient.GetAsync<PlatformMatrixPage>(portal.Client, CounterUrl + "?q=hash");
        var row = Assert.Single(hash!.Items);
        Assert.Equal(("tally::hash(char const*, unsigned long)", true), (row.Name, row.Everywhere));
        Assert.Equal("?hash@tally@@YA_KPEBD_K@Z", row.Cells.Single(c => c.Platform == "windows-x86_64").Spellings.Single().Name);
    }

    [Fact]
    public async Task Filters_and_pages_come_from_the_query_string()
    {
        await MatrixBuilds.UploadBothAsync(portal.Client);
        var missing = await PortalClient.GetAsync<PlatformMatrixPage>(portal.Client, TallyUrl + "?missing=linux-x86_64");
        Assert.Equal(["tally_load_wide"], missing!.Items.Select(r => r.Name));
        var spelled = await PortalClient.GetAsync<PlatformMatrixPage>(portal.Client, TallyUrl + "?filter=other-spelling&page=2&pageSize=5");
        Assert.Equal((7, 2, 2), (spelled!.Total, spelled.Page, spelled.Items.Count));
        var everything = await PortalClient.GetAsync<PlatformMatrixPage>(portal.Client, TallyUrl + "?filter=everywhere&all=true");
        Assert.Equal((8, 8, 1), (everything!.Total, everything.Items.Count, everything.Page));
    }

    [Fact]
    public async Task Csv_has_every_row_the_filter_passes()
    {
        await MatrixBuilds.UploadBothAsync(portal.Client);
        var response = await portal.Client.GetAsync(TallyUrl + "?format=csv&pageSize=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("tally-1.4.0-platforms.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.Equal("name,kind,everywhere,missing_on,linux-x86_64,macos/arm64,macos/x86_64,windows-x86,windows-x86_64", lines[0]);
        Assert.Equal("tally_add,function,yes,,present,present,present,as tally_add@12,present", lines[3]);
    }

    [Fact]
    public async Task A_binding_generator_asks_whether_its_names_are_everywhere()
    {
        await MatrixBuilds.UploadBothAsync(portal.Client);
        var response = await portal.Client.PostAsJsonAsync(CounterUrl, new { names = new[] { "tally::Counter::add(int)", "?value@Counter@tally@@QEBAHXZ", "_ZNK5tally7Counter4dumpEv", "nothing_like_it" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<MatrixNamesReport>(PortalClient.Json);
        Assert.False(report!.Everywhere);
        Assert.Equal(
            [("tally::Counter::add(int)", true), ("tally::Counter::value() const", true), ("tally::Counter::dump() const", false), ((string?)null, false)],
            report.Names.Select(n => (n.Name, n.Everywhere)));
        Assert.Equal(["windows-x86_64"], report.Names[2].MissingOn);

        // A bare array, and text/plain with one name a line, are read too.
        var array = await portal.Client.PostAsJsonAsync(TallyUrl, new[] { "tally_add", "_tally_mean" });
        Assert.True((await array.Content.ReadFromJsonAsync<MatrixNamesReport>(PortalClient.Json))!.Everywhere);
        var text = await portal.Client.PostAsync(TallyUrl, new StringContent("# from a .def file\ntally_add\ntally_load_fd\n", Encoding.UTF8, "text/plain"));
        var answers = (await text.Content.ReadFromJsonAsync<MatrixNamesReport>(PortalClient.Json))!.Names;
        Assert.Equal([true, false], answers.Select(a => a.Everywhere));
    }

    [Theory]
    [InlineData("{\"names\": []}")]
    [InlineData("{\"names\": [\"ok\", 7]}")]
    [InlineData("{\"names\": [\"ok\", \" \"]}")]
    [InlineData("{\"symbols\": [\"tally_add\"]}")]
    [InlineData("{names")]
    [InlineData("")]
    [InlineData("\"tally_add\"")]
    public async Task A_bad_name_list_is_a_400_problem(string body)
    {
        await MatrixBuilds.UploadAsync(portal.Client, "tally", "1.4.0", MatrixBuilds.Tally);
        var response = await portal.Client.PostAsync(TallyUrl, new StringContent(body, Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_name_list_is_bounded()
    {
        await MatrixBuilds.UploadAsync(portal.Client, "tally", "1.4.0", MatrixBuilds.Tally);
        var tooMany = await portal.Client.PostAsJsonAsync(TallyUrl, new { names = Enumerable.Range(0, MatrixNamesRequest.MaxNames + 1).Select(i => $"f{i}") });
        var problem = await AssertProblemAsync(tooMany, HttpStatusCode.BadRequest);
        Assert.Contains("at most 10000 names", problem, StringComparison.Ordinal);

        var tooLong = await portal.Client.PostAsJsonAsync(TallyUrl, new { names = new[] { new string('x', MatrixNamesRequest.MaxNameLength + 1) } });
        await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest);

        var huge = new StringContent(new string('x', MatrixNamesRequest.MaxBodyBytes + 1), Encoding.UTF8, "text/plain");
        await AssertProblemAsync(await portal.Client.PostAsync(TallyUrl, huge), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("?filter=bogus")]
    [InlineData("?missing=plan9")]
    [InlineData("?format=xml")]
    [InlineData("?page=0")]
    [InlineData("?pageSize=1001")]
    public async Task Bad_parameters_are_a_400_problem(string query)
    {
        await MatrixBuilds.UploadAsync(portal.Client, "tally", "1.4.0", MatrixBuilds.Tally);
        await AssertProblemAsync(await portal.Client.GetAsync(TallyUrl + query), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/libraries/no-such-library/versions/1.0/matrix")]
    [InlineData("/api/libraries/tally/versions/9.9.9/matrix")]
    public async Task An_unknown_library_or_version_is_404(string url)
    {
        await MatrixBuilds.UploadAsync(portal.Client, "tally", "1.4.0", MatrixBuilds.Tally);
        await AssertProblemAsync(await portal.Client.GetAsync(url), HttpStatusCode.NotFound);
        await AssertProblemAsync(await portal.Client.PostAsJsonAsync(url, new { names = new[] { "x" } }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Builds_not_parsed_yet_are_listed_as_pending_and_none_ready_is_409()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 0);
        using var client = factory.CreateClient();
        byte[] bytes = await File.ReadAllBytesAsync(AbiPortal.Tests.TestPaths.Fixture("matrix", "libtally.so"));
        await PortalClient.UploadAsync(client, bytes, "libtally.so", ("library", "tally"), ("version", "1.4.0"), ("platform", "linux"));
        var problem = await AssertProblemAsync(await client.GetAsync(TallyUrl), HttpStatusCode.Conflict);
        Assert.Contains("1 queued", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_is_pending_and_a_pull_request_build_is_no_platform()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path);
        using var client = factory.CreateClient();
        await MatrixBuilds.UploadAsync(client, "tally", "1.4.0", MatrixBuilds.Tally.Take(2));

        // An ELF magic followed by a truncated header: recognised at upload, fatal at parse.
        byte[] truncated = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0];
        var (_, broken, _) = await PortalClient.UploadAsync(client, truncated, "libtally-broken.so", ("library", "tally"), ("version", "1.4.0"), ("platform", "linux-broken"));
        await PortalClient.WaitParsedAsync(client, broken!.Id);
        byte[] dylib = await File.ReadAllBytesAsync(AbiPortal.Tests.TestPaths.Fixture("matrix", "libtally.dylib"));
        var (_, pr, _) = await PortalClient.UploadAsync(client, dylib, "libtally.dylib", ("library", "tally"), ("version", "1.4.0"), ("platform", "macos"), ("pr", "12"));
        await PortalClient.WaitParsedAsync(client, pr!.Id);

        var page = await PortalClient.GetAsync<PlatformMatrixPage>(client, TallyUrl);
        Assert.Equal(["linux-x86_64", "windows-x86_64"], page!.Columns.Select(c => c.Label));
        var pending = Assert.Single(page.Pending);
        Assert.Equal((broken.Id, ArtifactStatus.Failed), (pending.ArtifactId, pending.Status));

        // A new platform build of the version is a new column at once (the cached matrix is per set of builds).
        await MatrixBuilds.UploadAsync(client, "tally", "1.4.0", MatrixBuilds.Tally.Skip(2).Take(1));
        var again = await PortalClient.GetAsync<PlatformMatrixPage>(client, TallyUrl);
        Assert.Equal(["linux-x86_64", "windows-x86", "windows-x86_64"], again!.Columns.Select(c => c.Label));
    }

    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return body;
    }
}
