namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>Why Redis tests are skipped here, or <see langword="null"/> when they run.</summary>
public static class RedisSkip
{
    public static string? Reason { get; } =
        RedisServers.IsAvailable || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : "redis-server was not found: " + RedisServers.InstallHint;
}
