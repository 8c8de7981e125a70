using CorpusDiff.Dedup;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Dedup;

public class ShinglerTests
{
    [Fact]
    public void Shingle_DistinctWords_OneShinglePerWindow()
    {
        var words = Enumerable.Range(0, 20).Select(i => $"w{i}").ToList();

        new Shingler(ShingleKind.Word, 5).ShingleWords(words).Should().HaveCount(16).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Shingle_RewrappedAndRepunctuated_SameWordShingles()
    {
        var shingler = new Shingler();
        var a = Corpus.Parse("Council approves budget\n\nThe council approved the budget on Tuesday. It takes effect in May, officials said.");
        var b = Corpus.Parse("Council approves budget\n\nThe council approved the budget\non Tuesday; it takes effect in\nMay officials said!");

        shingler.Shingle(a).Should().NotBeEmpty();

        shingler.Shingle(a).Should().Equal(shingler.Shingle(b));
    }

    [Fact]
    public void Shingle_WordOrderMatters()
    {
        var shingler = new Shingler(ShingleKind.Word, 2);

        shingler.ShingleWords(["a", "b"]).Should().NotEqual(shingler.ShingleWords(["b", "a"]));
    }

    [Fact]
    public void Shingle_FewerWordsThanK_OneShingle()
    {
        new Shingler(ShingleKind.Word, 5).ShingleWords(["only", "three", "words"]).Should().HaveCount(1);
        new Shingler(ShingleKind.Word, 5).ShingleWords([]).Should().BeEmpty();
    }

    [Fact]
    public void ShingleText_CharacterGrams_CountsDistinctWindows()
    {
        // "abcabc" has 3-grams abc, bca, cab, abc: three distinct.
        new Shingler(ShingleKind.Character, 3).ShingleText("abcabc").Should().HaveCount(3);
    }

    [Fact]
    public void Shingle_StableAcrossInstances_PinnedValue()
    {
        // Pins the shingle hash so saved indexes stay valid across versions: changing it is a format break.
        // Expected value computed independently in Python from libxxhash (XXH64 of UTF-16LE words, combined, SplitMix64).
        var shingles = new Shingler(ShingleKind.Word, 2).ShingleWords(["xi", "jinping"]);

        shingles.Should().ContainSingle().Which.Should().Be(0xB00F8D038C271A81UL);
    }

    [Fact]
    public void Constructor_SizeOutOfRange_Throws()
    {
        var act = () => new Shingler(ShingleKind.Word, 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
