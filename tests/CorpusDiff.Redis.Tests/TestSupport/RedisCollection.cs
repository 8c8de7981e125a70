namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>Every Redis test shares one set of servers (started once, stopped at the end).</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServers>
{
    public const string Name = "redis";
}
