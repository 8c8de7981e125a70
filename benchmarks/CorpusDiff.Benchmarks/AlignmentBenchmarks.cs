using BenchmarkDotNet.Attributes;
using CorpusDiff.Alignment;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Sentence alignment and full comparison, after parsing: the longest report against the shortest (the seed corpus
/// when <c>CORPUSDIFF_SEED_CORPUS</c> names it, else <c>samples/</c>), and one source against 100 generated targets.
/// </summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private Document longest = null!;
    private Document shortest = null!;
    private List<Document> hundred = null!;
    private CorpusComparer comparer = null!;
    private CorpusComparer sequential = null!;

    /// <summary>Parses the inputs and builds 100 targets from the samples with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("CORPUSDIFF_SEED_CORPUS");
        var texts = !string.IsNullOrEmpty(folder) && Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToDictionary(p => Path.GetFileName(p), File.ReadAllText)
            : SampleText.All().Where(p => !p.Key.StartsWith("zh-", StringComparison.Ordinal)).ToDictionary();
        var documents = texts.Select(t => DocumentParser.Default.Parse(t.Value, t.Key)).ToList();
        longest = documents.MaxBy(d => d.Tokens.Count)!;
        shortest = documents.MinBy(d => d.Tokens.Count)!;

        // Targets: random selections of the longest report's sentences, reordered, mixed with sentences of the others.
        var random = new Random(12345);
        var pool = documents.SelectMany(d => d.Sentences.Select(s => s.Text)).ToArray();
        hundred = [];
        for (var i = 0; i < 100; i++)
        {
            var picked = longest.Sentences.Where(_ => random.NextDouble() < 0.25).Select(s => s.Text)
                .Concat(Enumerable.Range(0, 3).Select(_ => pool[random.Next(pool.Length)]))
                .OrderBy(_ => random.Next())
                .ToList();
            hundred.Add(DocumentParser.Default.Parse(string.Join(" ", picked), $"target-{i}"));
        }

        comparer = new CorpusComparer(new ComparisonOptions { CheckClaims = false });
        sequential = new CorpusComparer(new ComparisonOptions { CheckClaims = false, MaxParallelism = 1 });
    }

    /// <summary>Aligns the shortest report's sentences to the longest's; both documents' profiles are cached after the first call.</summary>
    /// <returns>The alignments.</returns>
    [Benchmark]
    public IReadOnlyList<SentenceAlignment> AlignLongestShortest() => SentenceAligner.Default.Align(longest, shortest);

    /// <summary>The same, analysing both documents afresh every time (the first comparison of a new source).</summary>
    /// <returns>The alignments.</returns>
    [Benchmark]
    public IReadOnlyList<SentenceAlignment> AlignLongestShortestUncached() =>
        SentenceAligner.Default.Align(new TermProfile(longest), new TermProfile(shortest)).Alignments;

    /// <summary>The whole comparison (alignment, diffs, coverage, scores, same-event judgement) without the claim check.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ComparisonResult CompareLongestShortest() => comparer.Compare(longest, shortest);

    /// <summary>One source against 100 targets, one after another (the source analysed once).</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public IReadOnlyList<ComparisonResult> OneSourceHundredTargetsSequential() => sequential.Compare(longest, hundred);

    /// <summary>One source against 100 targets in parallel.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public IReadOnlyList<ComparisonResult> OneSourceHundredTargetsParallel() => comparer.Compare(longest, hundred);
}
