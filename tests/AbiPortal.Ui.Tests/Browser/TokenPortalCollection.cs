namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// The upload-token tests: a second server, one that requires a token, so the shared
/// <see cref="PortalFixture"/> server keeps open uploads for every other test. Not run in parallel
/// with the other browser tests: two servers and two Chromiums at once on two cores would make
/// every test's timing worse.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TokenPortalCollection : ICollectionFixture<TokenPortalFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "token-portal";
}
