using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CorpusDiff.Benchmarks.Baselines;
using CorpusDiff.Similarity;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Jaccard and cosine over 3-shingle profiles, on word, sentence and paragraph pairs from <c>samples/</c>: precomputed
/// profiles (the one-against-many case) and string to string (profiles built inside the call). FuzzySharp has no
/// shingle measure; the baseline is a plain <c>Dictionary&lt;string, int&gt;</c> profile. Target: ≥ 10× on profiles.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ShingleSetBenchmarks
{
    private readonly Jaccard jaccard = new();
    private readonly Cosine cosine = new();
    private string a = string.Empty;
    private string b = string.Empty;
    private DictionaryShingleProfile dictionaryA = null!;
    private DictionaryShingleProfile dictionaryB = null!;
    private ShingleProfile profileA = null!;
    private ShingleProfile profileB = null!;

    /// <summary>Gets or sets the input size.</summary>
    [Params(InputSize.Word, InputSize.Sentence, InputSize.Paragraph)]
    public InputSize Size { get; set; }

    /// <summary>Loads the pair and builds both kinds of profile.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (a, b) = SimilarityBenchmarkInputs.Pair(Size);
        (dictionaryA, dictionaryB) = (DictionaryShingleProfile.Create(a), DictionaryShingleProfile.Create(b));
        (profileA, profileB) = (jaccard.GetProfile(a), jaccard.GetProfile(b));
    }

    /// <summary>Jaccard over precomputed dictionary profiles.</summary>
    /// <returns>The index.</returns>
    [Benchmark(Baseline = true, Description = "Dictionary profiles")]
    [BenchmarkCategory("Jaccard, precomputed")]
    public double JaccardDictionary() => DictionaryShingleProfile.Jaccard(dictionaryA, dictionaryB);

    /// <summary>Jaccard over precomputed hashed profiles.</summary>
    /// <returns>The index.</returns>
    [Benchmark(Description = "CorpusDiff ShingleProfile")]
    [BenchmarkCategory("Jaccard, precomputed")]
    public double JaccardProfile() => jaccard.Similarity(profileA, profileB);

    /// <summary>Cosine over precomputed dictionary profiles.</summary>
    /// <returns>The similarity.</returns>
    [Benchmark(Baseline = true, Description = "Dictionary profiles")]
    [BenchmarkCategory("Cosine, precomputed")]
    public double CosineDictionary() => DictionaryShingleProfile.Cosine(dictionaryA, dictionaryB);

    /// <summary>Cosine over precomputed hashed profiles.</summary>
    /// <returns>The similarity.</returns>
    [Benchmark(Description = "CorpusDiff ShingleProfile")]
    [BenchmarkCategory("Cosine, precomputed")]
    public double CosineProfile() => cosine.Similarity(profileA, profileB);

    /// <summary>Jaccard string to string with dictionary profiles built in the call.</summary>
    /// <returns>The index.</returns>
    [Benchmark(Baseline = true, Description = "Dictionary profiles")]
    [BenchmarkCategory("Jaccard, strings")]
    public double JaccardDictionaryStrings() => DictionaryShingleProfile.Jaccard(DictionaryShingleProfile.Create(a), DictionaryShingleProfile.Create(b));

    /// <summary>Jaccard string to string with pooled hashed profiles built in the call.</summary>
    /// <returns>The index.</returns>
    [Benchmark(Description = "CorpusDiff Jaccard")]
    [BenchmarkCategory("Jaccard, strings")]
    public double JaccardStrings() => jaccard.Similarity(a, b);
}
