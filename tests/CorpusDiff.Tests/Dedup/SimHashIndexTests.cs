using CorpusDiff.Dedup;

namespace CorpusDiff.Tests.Dedup;

public class SimHashIndexTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    public void Query_MatchesBruteForceHammingSearch(int k)
    {
        var random = new Random(12345);
        var prints = new List<ulong>();
        for (var i = 0; i < 300; i++)
        {
            var print = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 33);
            prints.Add(print);

            // Planted neighbours at distances 0..k+2, so some are in range and some just outside.
            var near = print;
            var flips = random.Next(k + 3);
            for (var f = 0; f < flips; f++)
            {
                near ^= 1UL << random.Next(64);
            }

            prints.Add(near);
        }

        var index = new SimHashIndex(k);
        prints.ForEach(p => index.Add(p));
        for (var q = 0; q < prints.Count; q += 7)
        {
            var expected = Enumerable.Range(0, prints.Count).Where(i => SimHash.HammingDistance(prints[i], prints[q]) <= k);

            index.Query(prints[q]).Should().Equal(expected);
        }
    }

    [Fact]
    public void Compute_SimilarSetsCloserThanUnrelated()
    {
        var random = new Random(12345);
        var a = MinHasherTests.RandomSet(random, 500);
        var b = a.Take(480).Concat(MinHasherTests.RandomSet(random, 20)).ToArray();
        var c = MinHasherTests.RandomSet(random, 500);

        SimHash.HammingDistance(SimHash.Compute(a), SimHash.Compute(b)).Should().BeLessThan(SimHash.HammingDistance(SimHash.Compute(a), SimHash.Compute(c)));
    }
}
