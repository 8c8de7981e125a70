namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>A test needing Redis: skipped outside CI when no redis-server is installed; in CI (CI set) it always runs, so a missing server fails it.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisSkip.Reason is { } reason)
        {
            Skip = reason;
        }
    }
}
