using BenchmarkDotNet.Attributes;
using CorpusDiff.Similarity;
using CorpusDiff.TestSupport.Baselines;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Jaro–Winkler on word, sentence and paragraph pairs from <c>samples/</c>. FuzzySharp has no Jaro measure, so the
/// baseline is F23.StringSimilarity's quadratic algorithm (re-typed; F23 is not on the package mirror).
/// </summary>
[MemoryDiagnoser]
public class JaroWinklerBenchmarks
{
    private static readonly JaroWinkler F23Options = new(JaroWinklerOptions.F23);
    private string a = string.Empty;
    private string b = string.Empty;
    private JaroPattern pattern = null!;

    /// <summary>Gets or sets the input size.</summary>
    [Params(InputSize.Word, InputSize.Sentence, InputSize.Paragraph)]
    public InputSize Size { get; set; }

    /// <summary>Loads the pair and prepares the pattern.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (a, b) = SimilarityBenchmarkInputs.Pair(Size);
        pattern = F23Options.For(a);
    }

    /// <summary>F23's algorithm.</summary>
    /// <returns>The similarity.</returns>
    [Benchmark(Baseline = true, Description = "F23-style quadratic")]
    public double F23Style() => F23StyleJaroWinkler.Similarity(a, b);

    /// <summary>CorpusDiff, bit-parallel, same options as F23.</summary>
    /// <returns>The similarity.</returns>
    [Benchmark(Description = "CorpusDiff JaroWinkler")]
    public double CorpusDiff() => F23Options.Similarity(a, b);

    /// <summary>CorpusDiff with the pattern's masks built once.</summary>
    /// <returns>The similarity.</returns>
    [Benchmark(Description = "CorpusDiff JaroPattern (cached)")]
    public double CorpusDiffCached() => pattern.Similarity(b);
}
