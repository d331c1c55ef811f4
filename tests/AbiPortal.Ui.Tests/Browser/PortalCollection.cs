namespace AbiPortal.Ui.Tests.Browser;

/// <summary>Browser test classes share one <see cref="PortalFixture"/>: one server, one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "portal";
}
