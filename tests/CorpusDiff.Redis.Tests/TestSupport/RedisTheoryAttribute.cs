namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>A theory needing Redis: skipped outside CI when no redis-server is installed; in CI it always runs.</summary>
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute()
    {
        if (RedisSkip.Reason is { } reason)
        {
            Skip = reason;
        }
    }
}
