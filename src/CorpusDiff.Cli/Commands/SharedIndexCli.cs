using CorpusDiff.Dedup;
using CorpusDiff.Redis;

namespace CorpusDiff.Cli.Commands;

/// <summary>
/// <c>--index redis://…</c>: opens a shared index on Redis and maps its faults to one-line errors naming the address
/// (never the password). The work itself is the library's <see cref="SharedIndexUpdate"/> and <see cref="IndexGroups"/>.
/// </summary>
internal static class SharedIndexCli
{
    public static bool IsShared(string? index) => RedisIndexAddress.IsRedisAddress(index);

    // log receives the cost line (round trips and commands); null when quiet.
    public static DedupIndexReport Update(string index, Deduplicator deduplicator, DedupResult result, TextWriter? log)
    {
        using var store = Open(index, SharedIndexUpdate.IndexOptionsFor(deduplicator.Options));
        var report = Run(() => SharedIndexUpdate.Run(store, deduplicator.Options, result, SharedIndexUpdate.KeyOf));
        log?.WriteLine(FormattableString.Invariant($"{report.Index}: {result.Documents.Count} documents added and queried in {store.RoundTrips} round trips ({store.Commands} commands), {report.Edges} edges stored"));
        return new DedupIndexReport(report.Index, (int)Math.Min(int.MaxValue, report.Before), (int)Math.Min(int.MaxValue, report.After), report.Matches);
    }

    public static DedupResult Groups(string index, DedupOptions options)
    {
        using var store = Open(index, create: null);
        return Run(() => IndexGroups.Build(store, options));
    }

    private static RedisDedupIndex Open(string index, LshIndexOptions? create)
    {
        RedisIndexAddress address;
        try
        {
            address = RedisIndexAddress.Parse(index);
        }
        catch (FormatException ex)
        {
            throw new CliException($"--index: {ex.Message}", ex);
        }

        return Run(() => RedisDedupIndex.Open(address, create));
    }

    private static T Run<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (RedisIndexException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }
}
