using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

/// <summary>
/// The set and similarity family (Jaro, Jaro–Winkler, n-gram, shingle measures, Ratcliff–Obershelp, Sift4) promises
/// no heap allocation per call for strings up to a few thousand characters, as the edit-distance family does.
/// </summary>
public class SetSimilarityAllocationTests
{
    public static TheoryData<string, int> Cases() => new()
    {
        { "english", 12 },
        { "english", 150 },
        { "cjk", 150 },
        { "emoji", 700 },
        { "wide", 2000 },
        { "english", 3000 },
        { "cjk", 3000 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metrics_StringsUpToThreeThousandCharacters_AllocateNothing(string alphabet, int length)
    {
        var random = new Random(length);
        var a = RandomStrings.Next(random, RandomStrings.Alphabets[alphabet], length);
        var b = RandomStrings.Mutate(random, a, RandomStrings.Alphabets[alphabet], length / 5 + 1);
        var jaroPattern = Jaro.For(a);
        var jaroWinklerPattern = SimilarityMetrics.JaroWinkler.For(a);
        var f23JaroWinkler = new JaroWinkler(JaroWinklerOptions.F23);
        var profileA = SimilarityMetrics.Cosine.GetProfile(a);
        var profileB = SimilarityMetrics.Cosine.GetProfile(b);
        var calls = new (string Name, Func<double> Call)[]
        {
            ("Jaro", () => SimilarityMetrics.Jaro.Similarity(a, b)),
            ("Jaro with cutoff", () => SimilarityMetrics.Jaro.Similarity(a.AsSpan(), b.AsSpan(), 0.5)),
            ("JaroPattern", () => jaroPattern.Similarity(b)),
            ("JaroWinkler", () => SimilarityMetrics.JaroWinkler.Similarity(a, b)),
            ("JaroWinkler (F23)", () => f23JaroWinkler.Similarity(a, b)),
            ("JaroWinkler with cutoff", () => SimilarityMetrics.JaroWinkler.Similarity(a.AsSpan(), b.AsSpan(), 0.5)),
            ("JaroWinkler pattern", () => jaroWinklerPattern.Similarity(b)),
            ("NGram", () => SimilarityMetrics.NGram.Distance(a, b)),
            ("QGram", () => SimilarityMetrics.QGram.Distance(a, b)),
            ("QGram over profiles", () => SimilarityMetrics.QGram.Distance(profileA, profileB)),
            ("Cosine", () => SimilarityMetrics.Cosine.Similarity(a, b)),
            ("Cosine over profiles", () => SimilarityMetrics.Cosine.Similarity(profileA, profileB, 0.5)),
            ("Jaccard", () => SimilarityMetrics.Jaccard.Similarity(a, b)),
            ("Jaccard over profiles", () => SimilarityMetrics.Jaccard.Similarity(profileA, profileB, 0.5)),
            ("SorensenDice", () => SimilarityMetrics.SorensenDice.Similarity(a, b)),
            ("SorensenDice over profiles", () => SimilarityMetrics.SorensenDice.Similarity(profileA, profileB, 0.5)),
            ("RatcliffObershelp", () => SimilarityMetrics.RatcliffObershelp.Similarity(a, b)),
            ("Sift4", () => SimilarityMetrics.Sift4.Distance(a, b)),
        };

        AllocationAssert.NothingPerCall(calls, $"on {alphabet} strings of {length} characters");
    }
}
