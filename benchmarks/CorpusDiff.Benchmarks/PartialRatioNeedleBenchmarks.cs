using BenchmarkDotNet.Attributes;
using CorpusDiff.Similarity;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// <see cref="Fuzz.PartialRatio(string, string, double)"/> for a sentence needle (100–200 characters, two to four
/// 64-bit words) inside a longer text: a 2,600-character stretch of <c>wire-source.txt</c> around the sentence's
/// closest source, and a 65,536-character text of the samples repeated (where every needle occurs, score 100). The
/// same inputs as the side-by-side runs with RapidFuzz in docs/benchmarks.md. Time per needle.
/// </summary>
[MemoryDiagnoser]
public class PartialRatioNeedleBenchmarks
{
    private const int ParagraphLength = 2600;
    private const int LongLength = 65536;
    private (string Needle, string Haystack)[] inParagraph = [];
    private (string Needle, string Haystack)[] inLongText = [];

    /// <summary>Builds the needles and haystacks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var samples = SampleText.All();
        var source = samples["wire-source.txt"];
        var sentences = EditDistanceInputs.Pairs(InputSize.Sentence);
        var repeated = string.Concat(Enumerable.Repeat(string.Concat(samples.Values), 20))[..LongLength];
        inParagraph = sentences.Select(p =>
        {
            var start = Math.Max(0, Math.Min(source.Length - ParagraphLength, source.IndexOf(p.B, StringComparison.Ordinal) - 1000));
            return (p.A, source.Substring(start, ParagraphLength));
        }).ToArray();
        inLongText = sentences.Select(p => (p.A, repeated)).ToArray();
    }

    /// <summary>A sentence inside a 2,600-character paragraph.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double SentenceIn2600() => Sum(inParagraph);

    /// <summary>A sentence inside a 65,536-character text.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double SentenceIn64k() => Sum(inLongText);

    private static double Sum((string Needle, string Haystack)[] pairs)
    {
        var sum = 0.0;
        foreach (var (needle, haystack) in pairs)
        {
            sum += Fuzz.PartialRatio(needle, haystack);
        }

        return sum;
    }
}
