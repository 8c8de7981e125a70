using CorpusDiff.Dedup;

namespace CorpusDiff.Tests.Dedup;

public class MinHasherTests
{
    [Fact]
    public void Sign_SameSeed_SameSignature_DifferentSeed_Differs()
    {
        var set = RandomSet(new Random(12345), 500);

        new MinHasher(128, 7).Sign(set).Values.ToArray().Should().Equal(new MinHasher(128, 7).Sign(set).Values.ToArray());
        new MinHasher(128, 8).Sign(set).Values.ToArray().Should().NotEqual(new MinHasher(128, 7).Sign(set).Values.ToArray());
    }

    [Theory]
    [InlineData(128)]
    [InlineData(37)]
    public void Sign_MatchesPlainReferenceImplementation(int permutations)
    {
        // The reference draws a_i, b_i exactly as documented: SplitMix64 from the seed, a_i forced odd.
        var set = RandomSet(new Random(12345), 200);
        const ulong seed = 99;
        var state = seed;
        var expected = new uint[permutations];
        for (var i = 0; i < permutations; i++)
        {
            var a = SplitMix(ref state) | 1UL;
            var b = SplitMix(ref state);
            expected[i] = (uint)(set.Select(h => unchecked((a * h) + b)).Min() >> 32);
        }

        new MinHasher(permutations, seed).Sign(set).Values.ToArray().Should().Equal(expected);
    }

    [Fact]
    public void Sign_OrderAndRepeats_DoNotMatter()
    {
        var set = RandomSet(new Random(12345), 300);
        var shuffled = set.Concat(set.Take(50)).Reverse().ToArray();
        var hasher = new MinHasher(64, 1);

        hasher.Sign(shuffled).Values.ToArray().Should().Equal(hasher.Sign(set).Values.ToArray());
    }

    [Fact]
    public void EstimateJaccard_RandomSets_CloseToExactJaccard()
    {
        var random = new Random(12345);
        var hasher = new MinHasher(256, 3);
        for (var trial = 0; trial < 30; trial++)
        {
            var shared = RandomSet(random, random.Next(50, 600));
            var a = shared.Concat(RandomSet(random, random.Next(0, 300))).ToArray();
            var b = shared.Concat(RandomSet(random, random.Next(0, 300))).ToArray();
            var exact = (double)a.Intersect(b).Count() / a.Union(b).Count();

            // Standard error at 256 permutations is at most 0.031; 0.12 is four of them.
            hasher.Sign(a).EstimateJaccard(hasher.Sign(b)).Should().BeApproximately(exact, 0.12);
        }
    }

    [Fact]
    public void EstimateContainment_PrefixOfLongerSet_NearOne()
    {
        var random = new Random(12345);
        var hasher = new MinHasher(256, 3);
        var full = RandomSet(random, 1000);
        var prefix = full.Take(500).ToArray();

        hasher.Sign(prefix).EstimateContainment(hasher.Sign(full)).Should().BeGreaterThan(0.8);
        hasher.Sign(prefix).EstimateJaccard(hasher.Sign(full)).Should().BeApproximately(0.5, 0.12);
    }

    [Fact]
    public void EstimateJaccard_DifferentPermutations_Throws()
    {
        var set = RandomSet(new Random(12345), 10);
        var act = () => new MinHasher(64, 1).Sign(set).EstimateJaccard(new MinHasher(64, 2).Sign(set));

        act.Should().Throw<ArgumentException>().WithMessage("*seed*");
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var x = state;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    internal static ulong[] RandomSet(Random random, int count)
    {
        var set = new HashSet<ulong>();
        while (set.Count < count)
        {
            set.Add((ulong)random.NextInt64() ^ ((ulong)random.Next() << 40));
        }

        return [.. set];
    }
}
