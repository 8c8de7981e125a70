using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

/// <summary>The edit-distance family promises no heap allocation per call for strings up to a few thousand characters.</summary>
public class EditDistanceAllocationTests
{
    public static TheoryData<string, int> Cases() => new()
    {
        { "english", 12 },
        { "english", 150 },
        { "cjk", 150 },
        { "emoji", 700 },
        { "wide", 2000 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metrics_StringsUpToTwoThousandCharacters_AllocateNothing(string alphabet, int length)
    {
        var random = new Random(length);
        var a = RandomStrings.Next(random, RandomStrings.Alphabets[alphabet], length);
        var b = RandomStrings.Mutate(random, a, RandomStrings.Alphabets[alphabet], length / 5 + 1);
        var cached = Levenshtein.For(a);
        var cachedIndel = Indel.For(a);
        var needle = a[..(length / 2)];
        var calls = new (string Name, Func<double> Call)[]
        {
            ("Levenshtein", () => SimilarityMetrics.Levenshtein.Distance(a, b)),
            ("Levenshtein with limit", () => SimilarityMetrics.Levenshtein.Distance(a, b, length / 10.0)),
            ("CachedLevenshtein", () => cached.Distance(b, length / 10)),
            ("OptimalStringAlignment", () => SimilarityMetrics.OptimalStringAlignment.Distance(a, b)),
            ("Damerau", () => SimilarityMetrics.Damerau.Distance(a, b)),
            ("Indel", () => SimilarityMetrics.Indel.NormalizedSimilarity(a, b, 0.5)),
            ("CachedIndel", () => cachedIndel.Distance(b)),
            ("LongestCommonSubsequence", () => SimilarityMetrics.LongestCommonSubsequence.Length(a, b)),
            ("Fuzz.Ratio", () => Fuzz.Ratio(a, b)),
            ("Fuzz.PartialRatio", () => Fuzz.PartialRatio(needle, b)),
            ("Fuzz.TokenSortRatio", () => Fuzz.TokenSortRatio(a, b)),
            ("Fuzz.TokenSetRatio", () => Fuzz.TokenSetRatio(a, b)),
        };

        AllocationAssert.NothingPerCall(calls, $"on {alphabet} strings of {length} characters");
    }
}
