using CorpusDiff.Text;

namespace CorpusDiff.Tests.Text;

public class RadixSortTests
{
    public static TheoryData<int> Lengths() => [0, 1, 2, 63, 64, 65, 100, 257, 500, 1000, 4096];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Sort_RandomValues_SameAsComparisonSort(int length)
    {
        var random = new Random(length + 1);
        for (var round = 0; round < 20; round++)
        {
            // Full-range hashes, few distinct values, and values that share some bytes (a pass with one digit is skipped).
            var mask = round % 3 switch { 0 => uint.MaxValue, 1 => 0x0000_0F0Fu, _ => 0xFF00_00FFu };
            var values = Enumerable.Range(0, length).Select(_ => (uint)(random.NextInt64() & mask)).ToArray();
            var expected = values.Order().ToArray();

            RadixSort.Sort(values);

            values.Should().Equal(expected);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void SortByHigh_DistinctHighHalves_SameAsComparisonSort(int length)
    {
        var random = new Random(length + 2);
        for (var round = 0; round < 20; round++)
        {
            var mask = round % 2 == 0 ? uint.MaxValue : 0x00FF_FF00u;
            var highs = new HashSet<uint>();
            while (highs.Count < length)
            {
                highs.Add((uint)(random.NextInt64() & mask) | ((uint)highs.Count % 2));
            }

            var values = highs.Select((h, i) => ((ulong)h << 32) | (uint)random.Next()).ToArray();
            var expected = values.Order().ToArray();

            RadixSort.SortByHigh(values);

            values.Should().Equal(expected);
        }
    }

    [Fact]
    public void SortByHigh_EqualHighHalves_KeepTheirOrder()
    {
        var values = Enumerable.Range(0, 300).Select(i => ((ulong)(uint)(i % 7) << 32) | (uint)(1000 - i)).ToArray();
        var expected = values.OrderBy(v => v >> 32).ToArray();

        RadixSort.SortByHigh(values);

        values.Should().Equal(expected);
    }
}
