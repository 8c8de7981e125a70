namespace CorpusDiff.Dedup;

/// <summary>
/// Finds fingerprints within Hamming distance k with permuted-block tables (Manku, Jain and Das Sarma, WWW 2007):
/// the 64 bits are cut into k + 2 blocks; two fingerprints at most k bits apart agree exactly on at least two blocks,
/// so one table per pair of blocks, keyed on those two blocks, finds every such pair. Not thread-safe for adds.
/// </summary>
internal sealed class SimHashIndex
{
    private readonly int[] blockStart;
    private readonly int[] blockWidth;
    private readonly (int First, int Second)[] tables;
    private readonly Dictionary<ulong, List<int>>[] buckets;
    private readonly List<ulong> fingerprints = [];

    /// <summary>Initializes an empty index.</summary>
    /// <param name="maxDistance">The largest Hamming distance k to find (0 to 16).</param>
    public SimHashIndex(int maxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, 16);
        MaxDistance = maxDistance;
        var blocks = maxDistance + 2;
        blockStart = new int[blocks];
        blockWidth = new int[blocks];
        var start = 0;
        for (var i = 0; i < blocks; i++)
        {
            blockWidth[i] = (64 / blocks) + (i < 64 % blocks ? 1 : 0);
            blockStart[i] = start;
            start += blockWidth[i];
        }

        var pairs = new List<(int, int)>();
        for (var i = 0; i < blocks; i++)
        {
            for (var j = i + 1; j < blocks; j++)
            {
                pairs.Add((i, j));
            }
        }

        tables = [.. pairs];
        buckets = new Dictionary<ulong, List<int>>[tables.Length];
        for (var t = 0; t < buckets.Length; t++)
        {
            buckets[t] = [];
        }
    }

    /// <summary>Gets the largest Hamming distance found.</summary>
    public int MaxDistance { get; }

    /// <summary>Gets the number of tables (one per pair of blocks).</summary>
    public int TableCount => tables.Length;

    /// <summary>Gets the number of fingerprints added.</summary>
    public int Count => fingerprints.Count;

    /// <summary>Adds a fingerprint; its id is the number of fingerprints added before it.</summary>
    /// <param name="fingerprint">The fingerprint.</param>
    /// <returns>The id.</returns>
    public int Add(ulong fingerprint)
    {
        var id = fingerprints.Count;
        fingerprints.Add(fingerprint);
        for (var t = 0; t < tables.Length; t++)
        {
            var key = Key(t, fingerprint);
            if (!buckets[t].TryGetValue(key, out var list))
            {
                buckets[t][key] = list = new List<int>(1);
            }

            list.Add(id);
        }

        return id;
    }

    /// <summary>Returns the ids of added fingerprints within <see cref="MaxDistance"/> bits of <paramref name="fingerprint"/>.</summary>
    /// <param name="fingerprint">The query.</param>
    /// <returns>Matching ids, ascending.</returns>
    public IReadOnlyList<int> Query(ulong fingerprint)
    {
        var found = new HashSet<int>();
        for (var t = 0; t < tables.Length; t++)
        {
            if (buckets[t].TryGetValue(Key(t, fingerprint), out var list))
            {
                foreach (var id in list)
                {
                    if (SimHash.HammingDistance(fingerprints[id], fingerprint) <= MaxDistance)
                    {
                        found.Add(id);
                    }
                }
            }
        }

        var result = found.ToList();
        result.Sort();
        return result;
    }

    private ulong Key(int table, ulong fingerprint)
    {
        var (first, second) = tables[table];
        return (Block(fingerprint, first) << blockWidth[second]) | Block(fingerprint, second);
    }

    private ulong Block(ulong fingerprint, int block) =>
        (fingerprint >> blockStart[block]) & ((1UL << blockWidth[block]) - 1);
}
