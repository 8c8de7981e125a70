namespace CorpusDiff.Dedup;

/// <summary>
/// Batch LSH for a whole corpus: band by band, every signature's band key is computed, the keys are sorted, and
/// documents sharing a key become candidate pairs. Only one band's keys (12 bytes per document) exist at a time,
/// so the batch needs no index in memory; <see cref="LshIndex"/> is for incremental use.
/// </summary>
internal static class BandedCandidates
{
    /// <summary>Returns the distinct candidate pairs (lower position first) among the given documents.</summary>
    /// <param name="signatures">Signature of each document, by position.</param>
    /// <param name="members">Positions of the documents taking part, ascending.</param>
    /// <param name="parameters">Bands and rows.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static List<(int A, int B)> Find(IReadOnlyList<MinHashSignature> signatures, IReadOnlyList<int> members, LshParameters parameters, CancellationToken cancellationToken)
    {
        var keys = new ulong[members.Count];
        var items = new int[members.Count];
        var seen = new HashSet<long>();
        var pairs = new List<(int, int)>();
        for (var band = 0; band < parameters.Bands; band++)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
                        if (seen.Add(((long)a << 32) | (uint)b))
                        {
                            pairs.Add((a, b));
                        }
                    }
                }

                start = i;
            }
        }

        return pairs;
    }
}
