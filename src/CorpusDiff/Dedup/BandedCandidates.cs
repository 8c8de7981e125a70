namespace CorpusDiff.Dedup;

/// <summary>
/// Batch LSH for a whole corpus: band by band, every signature's band key is computed, the keys are sorted, and
/// documents sharing a key become candidate pairs. Bands run in parallel and each holds only its own keys (12 bytes
/// per document), so the batch needs no index in memory; <see cref="LshIndex"/> is for incremental use.
/// </summary>
internal static class BandedCandidates
{
    /// <summary>Returns the candidate pairs (lower position first, packed high/low, possibly repeated) among the given documents.</summary>
    /// <param name="signatures">Signature of each document, by position.</param>
    /// <param name="members">Positions of the documents taking part.</param>
    /// <param name="parameters">Bands and rows.</param>
    /// <param name="parallel">How many threads, and cancellation.</param>
    /// <returns>The pairs, packed as <c>(long)a &lt;&lt; 32 | b</c> with a &lt; b.</returns>
    public static List<long> Find(IReadOnlyList<MinHashSignature> signatures, IReadOnlyList<int> members, LshParameters parameters, ParallelOptions parallel)
    {
        var found = new List<long>();
        var gate = new Lock();
        // Each worker sorts all its bands in one pair of key/item arrays: a fresh pair per band (12 bytes per document,
        // on the large-object heap) was garbage the collector let pile up (about 24 MiB of a 100k run's peak).
        Parallel.For(
            0,
            parameters.Bands,
            parallel,
            () => (Keys: new ulong[members.Count], Items: new int[members.Count], Pairs: new List<long>()),
            (band, _, local) =>
            {
                var (keys, items, pairs) = local;
                for (var i = 0; i < members.Count; i++)
                {
                    keys[i] = parameters.BandKey(signatures[members[i]], band);
                    items[i] = members[i];
                }

                Array.Sort(keys, items);
                var start = 0;
                for (var i = 1; i <= keys.Length; i++)
                {
                    if (i < keys.Length && keys[i] == keys[start])
                    {
                        continue;
                    }

                    for (var x = start; x < i; x++)
                    {
                        for (var y = x + 1; y < i; y++)
                        {
                            var (a, b) = items[x] < items[y] ? (items[x], items[y]) : (items[y], items[x]);
                            pairs.Add(((long)a << 32) | (uint)b);
                        }
                    }

                    start = i;
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    found.AddRange(local.Pairs);
                }
            });
        return found;
    }
}
