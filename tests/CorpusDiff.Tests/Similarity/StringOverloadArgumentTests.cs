using CorpusDiff.Similarity;

namespace CorpusDiff.Tests.Similarity;

/// <summary>
/// The string overloads share one null check (<c>Arguments.Text</c>); each must still name the parameter that was null,
/// whichever side it is on.
/// </summary>
public class StringOverloadArgumentTests
{
    private static readonly Dictionary<string, Func<string, string, object>> Measures = new()
    {
        ["Levenshtein.Distance"] = (a, b) => new Levenshtein().Distance(a, b),
        ["Levenshtein.Distance(limit)"] = (a, b) => new Levenshtein().Distance(a, b, 3.0),
        ["Indel.NormalizedSimilarity"] = (a, b) => new Indel().NormalizedSimilarity(a, b),
        ["Damerau.Distance"] = (a, b) => new Damerau().Distance(a, b),
        ["OptimalStringAlignment.Distance"] = (a, b) => new OptimalStringAlignment().Distance(a, b),
        ["Hamming.NormalizedDistance"] = (a, b) => new Hamming().NormalizedDistance(a, b),
        ["MetricLCS.Distance"] = (a, b) => new MetricLCS().Distance(a, b),
        ["NormalizedLevenshtein.Similarity"] = (a, b) => new NormalizedLevenshtein().Similarity(a, b),
        ["QGram.Distance"] = (a, b) => new QGram().Distance(a, b),
        ["Cosine.Similarity"] = (a, b) => new Cosine().Similarity(a, b),
        ["NGram.Distance"] = (a, b) => new NGram().Distance(a, b),
        ["Jaro.Similarity"] = (a, b) => new Jaro().Similarity(a, b),
        ["Fuzz.Ratio"] = (a, b) => Fuzz.Ratio(a, b),
        ["Fuzz.TokenSetRatio"] = (a, b) => Fuzz.TokenSetRatio(a, b),
    };

    public static TheoryData<string> Names() => new(Measures.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void StringOverload_FirstNull_NamesS1(string name)
    {
        var act = () => Measures[name](null!, "abc");

        act.Should().Throw<ArgumentNullException>().WithParameterName("s1");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void StringOverload_SecondNull_NamesS2(string name)
    {
        var act = () => Measures[name]("abc", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("s2");
    }

    [Fact]
    public void CachedScorers_NullCandidate_NamesCandidate()
    {
        var acts = new Action[]
        {
            () => Levenshtein.For("abc").Distance(null!),
            () => Indel.For("abc").NormalizedSimilarity((string)null!),
            () => LongestCommonSubsequence.For("abc").Length(null!),
            () => Jaro.For("abc").Similarity((string)null!),
        };

        foreach (var act in acts)
        {
            act.Should().Throw<ArgumentNullException>().WithParameterName("candidate");
        }
    }

    [Fact]
    public void ShingleProfile_NullText_NamesText()
    {
        var act = () => ShingleProfile.Create(null!, 3);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }
}
