using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CorpusDiff.Similarity;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// OSA and Damerau distances. FuzzySharp has neither, so the baseline is F23's algorithm re-implemented
/// (<see cref="TextbookEditDistances"/>); time per pair.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OsaDamerauBenchmarks
{
    private static readonly OptimalStringAlignment Osa = new();
    private static readonly Damerau Damerau = new();
    private (string A, string B)[] pairs = [];

    /// <summary>Gets or sets the input size.</summary>
    [Params(InputSize.Word, InputSize.Sentence, InputSize.Paragraph)]
    public InputSize Size { get; set; }

    /// <summary>Loads the pairs.</summary>
    [GlobalSetup]
    public void Setup() => pairs = EditDistanceInputs.Pairs(Size);

    /// <summary>F23's OSA algorithm (full matrix).</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("OSA")]
    public double F23Algorithm_Osa()
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += TextbookEditDistances.OptimalStringAlignment(a, b);
        }

        return sum;
    }

    /// <summary><see cref="OptimalStringAlignment.Distance(string, string)"/> (bit-parallel).</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("OSA")]
    public double CorpusDiff_Osa()
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += Osa.Distance(a, b);
        }

        return sum;
    }

    /// <summary>F23's Damerau algorithm (full matrix, dictionary of last rows).</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("Damerau")]
    public double F23Algorithm_Damerau()
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += TextbookEditDistances.Damerau(a, b);
        }

        return sum;
    }

    /// <summary><see cref="Damerau.Distance(string, string)"/> (Zhao's linear-space algorithm).</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    [BenchmarkCategory("Damerau")]
    public double CorpusDiff_Damerau()
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += Damerau.Distance(a, b);
        }

        return sum;
    }
}
