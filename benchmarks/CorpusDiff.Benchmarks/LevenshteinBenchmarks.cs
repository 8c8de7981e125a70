using BenchmarkDotNet.Attributes;
using CorpusDiff.Similarity;

namespace CorpusDiff.Benchmarks;

/// <summary>Levenshtein distance: FuzzySharp's dynamic program against the bit-parallel implementation (time per pair).</summary>
[MemoryDiagnoser]
public class LevenshteinBenchmarks
{
    private static readonly Levenshtein Metric = new();
    private (string A, string B)[] pairs = [];
    private double[] limits = [];
    private CachedLevenshtein[] cached = [];

    /// <summary>Gets or sets the input size.</summary>
    [Params(InputSize.Word, InputSize.Sentence, InputSize.Paragraph)]
    public InputSize Size { get; set; }

    /// <summary>Loads the pairs, a limit of 20% of the longer length per pair, and each pair's cached pattern.</summary>
    [GlobalSetup]
    public void Setup()
    {
        pairs = EditDistanceInputs.Pairs(Size);
        limits = pairs.Select(p => Math.Ceiling(0.2 * Math.Max(p.A.Length, p.B.Length))).ToArray();
        cached = pairs.Select(p => Levenshtein.For(p.A)).ToArray();
    }

    /// <summary>FuzzySharp 2.0.2 <c>Levenshtein.EditDistance</c>.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public int FuzzySharp_EditDistance()
    {
        var sum = 0;
        foreach (var (a, b) in pairs)
        {
            sum += FuzzySharp.Levenshtein.EditDistance(a, b);
        }

        return sum;
    }

    /// <summary><see cref="Levenshtein.Distance(string, string)"/>.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double CorpusDiff_Distance()
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += Metric.Distance(a, b);
        }

        return sum;
    }

    /// <summary><see cref="Levenshtein.Distance(string, string, double)"/> with a limit of 20% of the longer length.</summary>
    /// <returns>The sum of the limited distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double CorpusDiff_DistanceWithLimit()
    {
        var sum = 0.0;
        for (var i = 0; i < pairs.Length; i++)
        {
            sum += Metric.Distance(pairs[i].A, pairs[i].B, limits[i]);
        }

        return sum;
    }

    /// <summary><see cref="CachedLevenshtein.Distance(string)"/>: the pattern's masks built beforehand (one against many).</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public int CorpusDiff_Cached()
    {
        var sum = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            sum += cached[i].Distance(pairs[i].B);
        }

        return sum;
    }
}
