using BenchmarkDotNet.Attributes;
using CorpusDiff.Dedup;

namespace CorpusDiff.Benchmarks.Dedup;

/// <summary>
/// LSH query latency against an index of 100,000 signatures (random 450-shingle sets, 128 permutations), tuned as the
/// deduplicator tunes it by default (Jaccard 0.8 with containment on: candidate threshold 0.226).
/// </summary>
[MemoryDiagnoser]
public class LshQueryBenchmarks
{
    private LshIndex index = null!;
    private MinHashSignature nearDuplicate = null!;
    private MinHashSignature unrelated = null!;

    /// <summary>Builds the index.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12345);
        var hasher = new MinHasher(128, 1);
        index = new LshIndex(new LshIndexOptions { Threshold = DedupOptions.Default.CandidateThreshold() });
        ulong[] first = [];
        for (var i = 0; i < 100_000; i++)
        {
            var set = RandomSet(random, 450);
            first = i == 0 ? set : first;
            index.Add($"doc{i}", hasher.Sign(set));
        }

        nearDuplicate = hasher.Sign(first.Take(420).Concat(RandomSet(random, 30)).ToArray());
        unrelated = hasher.Sign(RandomSet(random, 450));
        Console.WriteLine($"// index: {index.Count} entries, {index.Parameters.Bands} bands x {index.Parameters.Rows} rows");
    }

    /// <summary>Queries with a near-duplicate of an indexed entry, scores included.</summary>
    /// <returns>The candidates.</returns>
    [Benchmark]
    public IReadOnlyList<LshCandidate> QueryNearDuplicate() => index.Query(nearDuplicate);

    /// <summary>Queries with a signature that matches nothing.</summary>
    /// <returns>The candidates.</returns>
    [Benchmark]
    public IReadOnlyList<LshCandidate> QueryUnrelated() => index.Query(unrelated);

    private static ulong[] RandomSet(Random random, int count)
    {
        var set = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            set[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
        }

        return set;
    }
}
