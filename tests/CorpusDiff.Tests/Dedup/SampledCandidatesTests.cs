using CorpusDiff.Dedup;

namespace CorpusDiff.Tests.Dedup;

public class SampledCandidatesTests
{
    [Theory]
    [InlineData(1, 300, 0.3, 0.5)]
    [InlineData(2, 1200, 0.5, 0.3)]
    [InlineData(3, 80, 0.0, 0.8)]
    public void Find_RandomSets_SameAsPlainReference(int seed, int documents, double minRatio, double minShare)
    {
        var random = new Random(seed);

        // Sampled hashes from a small vocabulary so documents share many, sizes with ties, a common hash held by more
        // documents than a posting list may have (a stop-shingle), and some documents left out of the members.
        var sets = new List<uint[]>();
        var sizes = new List<int>();
        for (var d = 0; d < documents; d++)
        {
            var count = random.Next(0, 40);
            var set = new HashSet<uint>();
            while (set.Count < count)
            {
                set.Add((uint)random.Next(0, 400) * SampledCandidates.Modulus);
            }

            if (documents > SampledCandidates.MaxPostings && d % 20 != 0)
            {
                set.Add(4000 * SampledCandidates.Modulus);
            }

            set.Add((uint)random.Next(0, 50) * SampledCandidates.Modulus + 1);
            sets.Add([.. set.Order()]);
            sizes.Add(set.Count * SampledCandidates.Modulus / (1 + random.Next(0, 2)));
        }

        var members = Enumerable.Range(0, documents).Where(d => d % 7 != 3).ToList();

        var found = SampledCandidates.Find(sets, sizes, members, minRatio, minShare, new ParallelOptions { MaxDegreeOfParallelism = 2 });

        found.Order().Should().Equal(Reference(sets, sizes, members, minRatio, minShare).Order());
    }

    private static List<long> Reference(List<uint[]> sets, List<int> sizes, List<int> members, double minRatio, double minShare)
    {
        var frequency = members.SelectMany(m => sets[m].Where(SampledCandidates.IsSampled)).CountBy(h => h).ToDictionary(p => p.Key, p => p.Value);
        var pairs = new List<long>();
        for (var qi = 0; qi < members.Count; qi++)
        {
            var q = members[qi];
            var samples = sets[q].Where(SampledCandidates.IsSampled).ToList();
            if (samples.Count == 0)
            {
                continue;
            }

            var need = Math.Max(Math.Min(2, samples.Count), (int)Math.Ceiling((minShare * samples.Count) - 1e-9));
            for (var xi = 0; xi < members.Count; xi++)
            {
                var x = members[xi];
                var larger = sizes[x] > sizes[q] || (sizes[x] == sizes[q] && xi > qi);
                if (!larger || sizes[q] < minRatio * sizes[x])
                {
                    continue;
                }

                var shared = samples.Count(h => frequency[h] <= SampledCandidates.MaxPostings && sets[x].Contains(h));
                if (shared >= need)
                {
                    pairs.Add(((long)Math.Min(q, x) << 32) | (uint)Math.Max(q, x));
                }
            }
        }

        return pairs;
    }
}
