using AbiPortal.Server.Hosting;
using AbiPortal.Server.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AbiPortal.Server.Tests;

/// <summary>The token check itself, without a server.</summary>
public sealed class UploadTokensUnitTests
{
    [Fact]
    public void No_tokens_or_only_blank_ones_leave_writes_open()
    {
        Assert.False(Tokens().Required);
        var blank = Tokens("", "  ", "\t");
        Assert.False(blank.Required);
        Assert.Equal(UploadTokenVerdict.Accepted, blank.Check(null));
        Assert.Equal(UploadTokenVerdict.Accepted, blank.Check("anything"));
    }

    [Fact]
    public void Configured_tokens_are_accepted_and_nothing_else()
    {
        var tokens = Tokens("alpha", "", "beta-ß");
        Assert.True(tokens.Required);
        Assert.Equal(UploadTokenVerdict.Accepted, tokens.Check("alpha"));
        Assert.Equal(UploadTokenVerdict.Accepted, tokens.Check("beta-ß"));
        Assert.Equal(UploadTokenVerdict.Accepted, tokens.Check(" alpha ")); // HTTP trims header values; so does the check
        Assert.Equal(UploadTokenVerdict.Rejected, tokens.Check("Alpha"));
        Assert.Equal(UploadTokenVerdict.Rejected, tokens.Check("alph"));
        Assert.Equal(UploadTokenVerdict.Rejected, tokens.Check("alphabet"));
        Assert.Equal(UploadTokenVerdict.Missing, tokens.Check(null));
        Assert.Equal(UploadTokenVerdict.Missing, tokens.Check(" "));
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc", "abc")]
    [InlineData("BEARER  abc ", "abc")]
    [InlineData("Basic abc", null)]
    [InlineData("Bearerabc", null)]
    [InlineData("", null)]
    public void Bearer_token_is_taken_from_the_authorization_header(string header, string? expected)
        => Assert.Equal(expected, UploadTokenFilter.BearerToken(new StringValues(header)));

    [Fact]
    public void The_first_bearer_value_counts()
        => Assert.Equal("two", UploadTokenFilter.BearerToken(new StringValues(["Basic one", "Bearer two", "Bearer three"])));

    private static UploadTokens Tokens(params string[] configured)
        => new(Options.Create(new PortalOptions { UploadTokens = [.. configured] }), NullLogger<UploadTokens>.Instance);
}
