using BenchmarkDotNet.Attributes;
using CorpusDiff.Dedup;
using CorpusDiff.Documents;
using CorpusDiff.TestSupport;

namespace CorpusDiff.Benchmarks.Dedup;

/// <summary>
/// MinHash signing of one ~450-word generated news article (word 5-shingles, 128 permutations). Throughput in
/// MB/s per core = <see cref="TextBytes"/> / mean time (single-threaded benchmark).
/// </summary>
[MemoryDiagnoser]
public class MinHashBenchmarks
{
    private readonly MinHasher hasher = new(128, 1);
    private readonly Shingler shingler = new(ShingleKind.Word, 5);
    private Document document = null!;
    private ulong[] shingles = [];
    private string text = string.Empty;

    /// <summary>Gets the article's size in UTF-8 bytes (printed by setup, used for MB/s).</summary>
    public int TextBytes { get; private set; }

    /// <summary>Generates the article and its shingles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generator = new CorpusGenerator(10, seed: 12345);
        text = Enumerable.Range(0, generator.Count).Select(generator.TextOf).OrderBy(t => t.Length).ElementAt(5);
        document = DocumentParser.Default.Parse(text, "article");
        shingles = shingler.Shingle(document);
        TextBytes = System.Text.Encoding.UTF8.GetByteCount(text);
        Console.WriteLine($"// article: {TextBytes} bytes, {document.Tokens.Count} tokens, {shingles.Length} distinct shingles");
    }

    /// <summary>Signs precomputed shingle hashes: the MinHash kernel alone.</summary>
    /// <returns>The signature.</returns>
    [Benchmark]
    public MinHashSignature SignShingles() => hasher.Sign(shingles);

    /// <summary>Shingles a parsed document and signs it: what the deduplicator does per document after parsing.</summary>
    /// <returns>The signature.</returns>
    [Benchmark]
    public MinHashSignature ShingleAndSign() => hasher.Sign(shingler.Shingle(document));

    /// <summary>Parses the raw text, shingles and signs it: the whole per-document cost.</summary>
    /// <returns>The signature.</returns>
    [Benchmark]
    public MinHashSignature ParseShingleAndSign() => hasher.Sign(shingler.Shingle(DocumentParser.Default.Parse(text, "article")));
}
