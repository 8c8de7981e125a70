using CorpusDiff.Text;

namespace CorpusDiff.Tests.Text;

public class SortedMergeTests
{
    [Fact]
    public void Merges_RandomSortedArrays_EqualHashSetReference()
    {
        var random = new Random(12345);
        for (var round = 0; round < 3000; round++)
        {
            // Small value ranges make shared hashes common; sizes straddle the four-wide blocks.
            var range = 1 + random.Next(400);
            var a = RandomSet(random, random.Next(0, 70), range);
            var b = RandomSet(random, random.Next(0, 70), range);
            var ca = a.Select(_ => 1 + random.Next(5)).ToArray();
            var cb = b.Select(_ => 1 + random.Next(5)).ToArray();
            var countsB = b.Zip(cb).ToDictionary(p => p.First, p => p.Second);
            var shared = a.Zip(ca).Where(p => countsB.ContainsKey(p.First)).ToList();

            SortedMerge.IntersectionCount(a, b).Should().Be(shared.Count);
            SortedMerge.DotProduct(a, ca, b, cb).Should().Be(shared.Sum(p => (long)p.Second * countsB[p.First]));
            SortedMerge.MinSum(a, ca, b, cb).Should().Be(shared.Sum(p => (long)Math.Min(p.Second, countsB[p.First])));
        }
    }

    [Fact]
    public void IntersectionCount_HashesAboveLongMaxValue_ComparedUnsigned()
    {
        ulong[] a = [1, 5, 0x8000_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFF0, 0xFFFF_FFFF_FFFF_FFFF];
        ulong[] b = [2, 5, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF];

        SortedMerge.IntersectionCount(a, b).Should().Be(3);
    }

    private static ulong[] RandomSet(Random random, int count, int range) =>
        [.. Enumerable.Range(0, count).Select(_ => (ulong)random.Next(range) * 0x9E3779B97F4A7C15UL).Distinct().Order()];
}
