namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>
/// One app (and one seeded database) for every browser test: seeding the demo takes seconds, and the tests only add
/// their own detainers, so they can share it. Classes in a collection run one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<KestrelAppFactory>
{
    public const string Name = "Browser";
}
