using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CorpusDiff.Similarity;
using Peer = FuzzySharp;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Fuzzy ratios against FuzzySharp's (no preprocessing on either side, so both compute the same measure; FuzzySharp's
/// partial ratio is its block heuristic, ours the exact maximum). Time per pair.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FuzzRatioBenchmarks
{
    private const Peer.PreProcess.PreprocessMode None = Peer.PreProcess.PreprocessMode.None;
    private (string A, string B)[] pairs = [];

    /// <summary>Gets or sets the input size.</summary>
    [Params(InputSize.Word, InputSize.Sentence, InputSize.Paragraph)]
    public InputSize Size { get; set; }

    /// <summary>Loads the pairs.</summary>
    [GlobalSetup]
    public void Setup() => pairs = EditDistanceInputs.Pairs(Size);

    /// <summary>FuzzySharp <c>Fuzz.Ratio</c>.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("Ratio")]
    public double FuzzySharp_Ratio() => Sum((a, b) => Peer.Fuzz.Ratio(a, b, None));

    /// <summary><see cref="Fuzz.Ratio(string, string, double)"/>.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("Ratio")]
    public double CorpusDiff_Ratio() => Sum((a, b) => Fuzz.Ratio(a, b));

    /// <summary>FuzzySharp <c>Fuzz.PartialRatio</c>.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("PartialRatio")]
    public double FuzzySharp_PartialRatio() => Sum((a, b) => Peer.Fuzz.PartialRatio(a, b, None));

    /// <summary><see cref="Fuzz.PartialRatio(string, string, double)"/>.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("PartialRatio")]
    public double CorpusDiff_PartialRatio() => Sum((a, b) => Fuzz.PartialRatio(a, b));

    /// <summary>FuzzySharp <c>Fuzz.TokenSortRatio</c>.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("TokenSortRatio")]
    public double FuzzySharp_TokenSortRatio() => Sum((a, b) => Peer.Fuzz.TokenSortRatio(a, b, None));

    /// <summary><see cref="Fuzz.TokenSortRatio(string, string, double)"/>.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("TokenSortRatio")]
    public double CorpusDiff_TokenSortRatio() => Sum((a, b) => Fuzz.TokenSortRatio(a, b));

    /// <summary>FuzzySharp <c>Fuzz.TokenSetRatio</c>.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("TokenSetRatio")]
    public double FuzzySharp_TokenSetRatio() => Sum((a, b) => Peer.Fuzz.TokenSetRatio(a, b, None));

    /// <summary><see cref="Fuzz.TokenSetRatio(string, string, double)"/>.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("TokenSetRatio")]
    public double CorpusDiff_TokenSetRatio() => Sum((a, b) => Fuzz.TokenSetRatio(a, b));

    // A static lambda compiles to a cached delegate: no allocation per call, the same small overhead on both sides.
    private double Sum(Func<string, string, double> ratio)
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += ratio(a, b);
        }

        return sum;
    }
}
