using System.Numerics;

namespace CorpusDiff.Dedup;

/// <summary>
/// Candidate pairs for shortened reprints, found in time linear in the corpus. Every document keeps the shingles whose
/// hash is 0 modulo <see cref="Modulus"/> (consistent sampling: a shingle sampled in one document is sampled in every
/// document that has it), so the share of a short document's samples found in a longer one estimates its containment
/// without bias, whatever the size ratio. An inverted index over the samples is built by sorting; each document then
/// counts the samples it shares with larger documents. Samples held by more than <see cref="MaxPostings"/> documents
/// are stop-shingles and are skipped: they carry no evidence, and skipping them caps the work at
/// <see cref="MaxPostings"/> per sample, which is what keeps the cost linear (a low-Jaccard MinHash net is quadratic
/// in the background similarity of unrelated documents).
/// </summary>
internal static class SampledCandidates
{
    /// <summary>One shingle in this many is sampled (a power of two).</summary>
    public const int Modulus = 8;

    /// <summary>The longest posting list that is used.</summary>
    public const int MaxPostings = 1024;

    /// <summary>Returns whether a shingle hash is sampled.</summary>
    /// <param name="hash">The 32-bit shingle hash.</param>
    /// <returns><see langword="true"/> when the hash is sampled.</returns>
    public static bool IsSampled(uint hash) => (hash & (Modulus - 1)) == 0;

    /// <summary>
    /// Returns the pairs (lower position first, packed high/low) where the smaller document's
    /// sampled shingles are found in the larger one at <paramref name="minShare"/> or more and the size ratio is at
    /// least <paramref name="minRatio"/>.
    /// </summary>
    /// <param name="sets">Each document's sorted distinct 32-bit shingle hashes (at least the sampled ones), by position.</param>
    /// <param name="sizes">Each document's number of distinct shingles, by position.</param>
    /// <param name="members">Positions of the documents taking part.</param>
    /// <param name="minRatio">The smallest size ratio (smaller / larger, in distinct shingles).</param>
    /// <param name="minShare">The smallest share of the smaller document's samples found in the larger one.</param>
    /// <param name="parallel">How many threads, and cancellation.</param>
    /// <returns>The candidate pairs, packed as <c>(long)a &lt;&lt; 32 | b</c> with a &lt; b.</returns>
    public static List<long> Find(IReadOnlyList<uint[]> sets, IReadOnlyList<int> sizes, IReadOnlyList<int> members, double minRatio, double minShare, ParallelOptions parallel)
    {
        var n = members.Count;
        var memberSizes = new int[n];
        var sampleCounts = new int[n];
        var total = 0L;
        for (var m = 0; m < n; m++)
        {
            var set = sets[members[m]];
            memberSizes[m] = sizes[members[m]];
            var c = 0;
            foreach (var h in set)
            {
                c += IsSampled(h) ? 1 : 0;
            }

            sampleCounts[m] = c;
            total += c;
        }

        // Members are ranked by (size, position): a query counts only members ranked above it (larger, or as large and
        // later, as the rule asks) and not too much larger, so in a run ordered by rank those form one stretch, found by
        // a search and a stop instead of testing every posting.
        var order = new int[n];
        for (var m = 0; m < n; m++)
        {
            order[m] = m;
        }

        var orderKeys = new long[n];
        for (var m = 0; m < n; m++)
        {
            orderKeys[m] = ((long)memberSizes[m] << 32) | (uint)m;
        }

        Array.Sort(orderKeys, order);
        var rank = new int[n];
        var rankedSizes = new int[n];
        for (var r = 0; r < n; r++)
        {
            rank[order[r]] = r;
            rankedSizes[r] = memberSizes[order[r]];
        }

        // Postings: (hash, member rank) packed into one ulong and sorted, so each hash's members form one run in rank order.
        // They are counted by top byte first and written straight into their bucket, so one array holds them (a spread
        // copy would double the largest array of the candidate stage); then each bucket sorts on its own.
        var bucketStart = new long[257];
        for (var m = 0; m < n; m++)
        {
            foreach (var h in sets[members[m]])
            {
                if (IsSampled(h))
                {
                    bucketStart[(h >> 24) + 1]++;
                }
            }
        }

        for (var b = 1; b < bucketStart.Length; b++)
        {
            bucketStart[b] += bucketStart[b - 1];
        }

        var postings = new ulong[total];
        var next = bucketStart[..256];
        for (var m = 0; m < n; m++)
        {
            foreach (var h in sets[members[m]])
            {
                if (IsSampled(h))
                {
                    postings[next[h >> 24]++] = ((ulong)h << 32) | (uint)rank[m];
                }
            }
        }

        Parallel.For(0, 256, parallel, b => Array.Sort(postings, (int)bucketStart[b], (int)(bucketStart[b + 1] - bucketStart[b])));

        // Where each hash prefix starts: a lookup narrows each query's binary search to a few postings. The prefix has
        // about three bits fewer than the postings' count (about eight postings a prefix, one or two cache lines), at
        // least 16; as an int array it takes under a byte a posting beside the postings' eight.
        var shift = 64 - PrefixBits(total);
        var prefixStart = new int[(1 << (64 - shift)) + 1];
        foreach (var p in postings)
        {
            prefixStart[(p >> shift) + 1]++;
        }

        for (var b = 1; b < prefixStart.Length; b++)
        {
            prefixStart[b] += prefixStart[b - 1];
        }
        var found = new List<long>();
        var gate = new Lock();
        Parallel.For(
            0,
            n,
            parallel,
            () => (Counts: new int[n], Touched: new List<int>(), Pairs: new List<long>()),
            (q, _, local) =>
            {
                var samples = sampleCounts[q];
                if (samples == 0)
                {
                    return local;
                }

                var need = Math.Max(Math.Min(2, samples), (int)Math.Ceiling((minShare * samples) - 1e-9));
                var size = memberSizes[q];
                var above = (uint)rank[q] + 1;
                foreach (var h in sets[members[q]])
                {
                    if (!IsSampled(h))
                    {
                        continue;
                    }

                    var (from, to) = Run(postings, prefixStart, shift, h);
                    if (to - from > MaxPostings)
                    {
                        continue;
                    }

                    // Ranks above the query's are the larger members (or as large and later); sizes rise along the run,
                    // so the first one too large for the ratio ends the stretch.
                    for (var i = LowerBound(postings, from, to, ((ulong)h << 32) | above); i < to; i++)
                    {
                        var x = (int)(uint)postings[i];
                        if (size < minRatio * rankedSizes[x])
                        {
                            break;
                        }

                        if (local.Counts[x]++ == 0)
                        {
                            local.Touched.Add(x);
                        }
                    }
                }

                foreach (var x in local.Touched)
                {
                    if (local.Counts[x] >= need)
                    {
                        var other = members[order[x]];
                        var (a, b) = members[q] < other ? (members[q], other) : (other, members[q]);
                        local.Pairs.Add(((long)a << 32) | (uint)b);
                    }

                    local.Counts[x] = 0;
                }

                local.Touched.Clear();
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

    /// <summary>
    /// Returns the run of postings with the given hash; a run longer than <see cref="MaxPostings"/> is cut at one past it
    /// (it is skipped whatever its length).
    /// </summary>
    private static (long From, long To) Run(ulong[] postings, int[] prefixStart, int shift, uint hash)
    {
        var prefix = ((ulong)hash << 32) >> shift;
        long hi = prefixStart[prefix + 1];
        var from = LowerBound(postings, prefixStart[prefix], hi, (ulong)hash << 32);
        if (from + MaxPostings < hi && (uint)(postings[from + MaxPostings] >> 32) == hash)
        {
            return (from, from + MaxPostings + 1);
        }

        var to = from;
        while (to < hi && (uint)(postings[to] >> 32) == hash)
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>The number of hash bits that index the prefix table for this many postings: about log2(total) - 3, from 16 to 30.</summary>
    private static int PrefixBits(long total) => Math.Clamp(64 - BitOperations.LeadingZeroCount((ulong)Math.Max(1, total)) - 3, 16, 30);

    private static long LowerBound(ulong[] values, long lo, long hi, ulong key)
    {
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (values[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
