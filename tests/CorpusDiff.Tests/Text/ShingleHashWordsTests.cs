using CorpusDiff.Text;

namespace CorpusDiff.Tests.Text;

public class ShingleHashWordsTests
{
    [Fact]
    public void Words_FewerWordsThanK_OneShingleOnlyWhenAskedFor()
    {
        ulong[] words = [11, 22];

        ShingleHash.Words(words, 3, wholeIfShort: true).Should().HaveCount(1);
        ShingleHash.Words(words, 3, wholeIfShort: false).Should().BeEmpty();
        ShingleHash.Words([], 3, wholeIfShort: true).Should().BeEmpty();
    }

    [Fact]
    public void Words_OrderMatters()
    {
        ShingleHash.Words([1, 2, 3], 3, wholeIfShort: false).Should().NotEqual(ShingleHash.Words([3, 2, 1], 3, wholeIfShort: false));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Words_SeededRandomText_OneSortedHashPerDistinctWindow(int k)
    {
        var random = new Random(1300 + k);
        for (var n = 0; n < 200; n++)
        {
            // A small vocabulary makes repeated windows common.
            var words = Enumerable.Range(0, random.Next(k, 60)).Select(_ => (ulong)random.Next(0, 4)).ToArray();
            var windows = Enumerable.Range(0, words.Length - k + 1).Select(i => string.Join(',', words.Skip(i).Take(k))).ToHashSet();

            var hashes = ShingleHash.Words(words, k, wholeIfShort: false);

            hashes.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            hashes.Should().HaveCount(windows.Count);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void WordsInOrder_SeededRandomWords_SortedDistinctIsWords(int k)
    {
        var random = new Random(k);
        for (var round = 0; round < 100; round++)
        {
            var words = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (ulong)random.Next(6)).ToArray();
            var wholeIfShort = round % 2 == 0;
            var inOrder = new ulong[ShingleHash.WordCount(words.Length, k, wholeIfShort)];

            ShingleHash.WordsInOrder(words, k, inOrder);

            inOrder.Distinct().Order().Should().Equal(ShingleHash.Words(words, k, wholeIfShort));
        }
    }
}
