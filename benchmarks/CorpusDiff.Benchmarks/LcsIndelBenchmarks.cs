using BenchmarkDotNet.Attributes;
using CorpusDiff.Similarity;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Indel distance and LCS length: FuzzySharp's <c>EditDistance(a, b, xcost: 1)</c> (substitution costs 2, which is
/// the Indel distance) against the bit-parallel LCS (time per pair).
/// </summary>
[MemoryDiagnoser]
public class LcsIndelBenchmarks
{
    private static readonly Indel Indel = new();
    private static readonly LongestCommonSubsequence Lcs = new();
    private (string A, string B)[] pairs = [];
    private CachedIndel[] cached = [];

    /// <summary>Gets or sets the input size.</summary>
    [Params(InputSize.Word, InputSize.Sentence, InputSize.Paragraph)]
    public InputSize Size { get; set; }

    /// <summary>Loads the pairs and each pair's cached pattern.</summary>
    [GlobalSetup]
    public void Setup()
    {
        pairs = EditDistanceInputs.Pairs(Size);
        cached = pairs.Select(p => Indel.For(p.A)).ToArray();
    }

    /// <summary>FuzzySharp 2.0.2 <c>Levenshtein.EditDistance(a, b, 1)</c>.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public int FuzzySharp_IndelDistance()
    {
        var sum = 0;
        foreach (var (a, b) in pairs)
        {
            sum += FuzzySharp.Levenshtein.EditDistance(a, b, 1);
        }

        return sum;
    }

    /// <summary><see cref="Indel.Distance(string, string)"/>.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double CorpusDiff_Indel()
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += Indel.Distance(a, b);
        }

        return sum;
    }

    /// <summary><see cref="LongestCommonSubsequence.Length(string, string)"/>.</summary>
    /// <returns>The sum of the lengths.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public int CorpusDiff_LcsLength()
    {
        var sum = 0;
        foreach (var (a, b) in pairs)
        {
            sum += Lcs.Length(a, b);
        }

        return sum;
    }

    /// <summary><see cref="CachedIndel.NormalizedSimilarity(string, double)"/> with a cutoff of 0.8 (deduplication-style).</summary>
    /// <returns>The sum of the similarities.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double CorpusDiff_CachedWithCutoff()
    {
        var sum = 0.0;
        for (var i = 0; i < pairs.Length; i++)
        {
            sum += cached[i].NormalizedSimilarity(pairs[i].B, 0.8);
        }

        return sum;
    }
}
