using BenchmarkDotNet.Attributes;
using CorpusDiff.Diffing;
using DiffPlex;
using DiffPlex.Model;

namespace CorpusDiff.Benchmarks;

/// <summary>Word diff of a ~1,300-character paragraph against a rewrite of it, against DiffPlex's word diff.</summary>
[MemoryDiagnoser]
public class WordDiffBenchmarks
{
    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '"', '“', '”', '(', ')', '\n'];
    private readonly Differ differ = new();
    private string source = string.Empty;
    private string target = string.Empty;

    /// <summary>Takes the sample paragraph and rewrites a quarter of its words with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = SampleText.All()["wire-source.txt"];
        var start = text.IndexOf("Analysts at ING had expected", StringComparison.Ordinal);
        var end = text.IndexOf('\n', start);
        source = text[start..(end < 0 ? text.Length : end)];
        var random = new Random(12345);
        var words = source.Split(' ').ToList();
        for (var i = 0; i < words.Count / 4; i++)
        {
            var at = random.Next(words.Count);
            switch (random.Next(3))
            {
                case 0: words.RemoveAt(at); break;
                case 1: words.Insert(at, "reportedly"); break;
                default: words[at] = "figures"; break;
            }
        }

        target = string.Join(' ', words);
    }

    /// <summary>DiffPlex's word diff (no semantic cleanup, no original-text spans).</summary>
    /// <returns>The diff.</returns>
    [Benchmark(Baseline = true)]
    public DiffResult DiffPlexWords() => differ.CreateWordDiffs(source, target, false, false, Separators);

    /// <summary>CorpusDiff's word diff: tokenization, Myers O(ND), semantic cleanup, runs with original text.</summary>
    /// <returns>The runs.</returns>
    [Benchmark]
    public IReadOnlyList<DiffSegment> CorpusDiffWords() => WordDiff.Default.Diff(source, target);
}
