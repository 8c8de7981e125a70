using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class QGramTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Distance_RandomPairs_EqualsDictionaryReference(int k)
    {
        var qgram = new QGram(k);
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(12345 + k, perKind: 150))
        {
            var expected = ReferenceSetMetrics.QGram(s1, s2, k);
            qgram.Distance(s1, s2).Should().Be(expected, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
            qgram.Distance(qgram.GetProfile(s1), qgram.GetProfile(s2)).Should().Be(expected);
        }
    }

    [Theory]
    [InlineData("ABCD", "ABCE", 2)]
    [InlineData("S", "S", 0)]
    [InlineData("", "", 0)]
    [InlineData("", "foo", 2)]
    [InlineData("foo", "", 2)]
    public void Distance_F23Examples_Bigrams(string s1, string s2, double expected) =>
        new QGram(2).Distance(s1, s2).Should().Be(expected);

    [Theory]
    [InlineData("ab", "cd", 2)]
    [InlineData("ab", "abcd", 3)]
    [InlineData("", "ab", 1)]
    public void Distance_StringsShorterThanK_CountAsOnePseudoShingle(string s1, string s2, double expected) =>
        new QGram(3).Distance(s1, s2).Should().Be(expected);

    [Fact]
    public void Distance_RandomTriples_SatisfiesTriangleInequalityAndSymmetry()
    {
        var qgram = new QGram(2);
        var random = new Random(12345);
        for (var i = 0; i < 2000; i++)
        {
            var kind = RandomTextPairs.Kinds[random.Next(RandomTextPairs.Kinds.Length)];
            var x = RandomTextPairs.Text(random, kind, 200);
            var y = RandomTextPairs.Edit(random, x, "abc ");
            var z = RandomTextPairs.Edit(random, y, "abc ");

            qgram.Distance(x, z).Should().BeLessThanOrEqualTo(qgram.Distance(x, y) + qgram.Distance(y, z));
            qgram.Distance(x, y).Should().Be(qgram.Distance(y, x));
        }
    }

    [Fact]
    public void Distance_NullArgument_ThrowsArgumentNullException()
    {
        var act = () => new QGram().Distance("a", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("s2");
    }
}
