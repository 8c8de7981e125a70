using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CorpusDiff.Similarity;
using CorpusDiff.TestSupport.Baselines;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Ratcliff/Obershelp and Sift4 on word, sentence and paragraph pairs from <c>samples/</c>. FuzzySharp has neither
/// measure, so each baseline is F23.StringSimilarity's algorithm (re-typed; F23 is not on the package mirror).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RatcliffSift4Benchmarks
{
    private readonly RatcliffObershelp ratcliff = new();
    private readonly Sift4 sift4 = new();
    private string a = string.Empty;
    private string b = string.Empty;

    /// <summary>Gets or sets the input size.</summary>
    [Params(InputSize.Word, InputSize.Sentence, InputSize.Paragraph)]
    public InputSize Size { get; set; }

    /// <summary>Loads the pair.</summary>
    [GlobalSetup]
    public void Setup() => (a, b) = SimilarityBenchmarkInputs.Pair(Size);

    /// <summary>F23's Ratcliff/Obershelp (with an early exit F23 lacks).</summary>
    /// <returns>The similarity.</returns>
    [Benchmark(Baseline = true, Description = "F23-style Ratcliff/Obershelp")]
    [BenchmarkCategory("RatcliffObershelp")]
    public double RatcliffF23Style() => F23StyleRatcliffObershelp.Similarity(a, b);

    /// <summary>CorpusDiff's Ratcliff/Obershelp.</summary>
    /// <returns>The similarity.</returns>
    [Benchmark(Description = "CorpusDiff RatcliffObershelp")]
    [BenchmarkCategory("RatcliffObershelp")]
    public double Ratcliff() => ratcliff.Similarity(a, b);

    /// <summary>F23's Sift4.</summary>
    /// <returns>The distance.</returns>
    [Benchmark(Baseline = true, Description = "F23-style Sift4")]
    [BenchmarkCategory("Sift4")]
    public double Sift4F23Style() => F23StyleSift4.Distance(a, b);

    /// <summary>CorpusDiff's Sift4.</summary>
    /// <returns>The distance.</returns>
    [Benchmark(Description = "CorpusDiff Sift4")]
    [BenchmarkCategory("Sift4")]
    public double Sift4() => sift4.Distance(a, b);
}
