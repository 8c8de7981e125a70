namespace CorpusDiff.BrowserTests.TestSupport;

/// <summary>The browser tests share one Chromium and run one at a time (the machine has few cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "browser";
}
