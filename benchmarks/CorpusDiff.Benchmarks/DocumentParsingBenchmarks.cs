using BenchmarkDotNet.Attributes;
using CorpusDiff.Documents;

namespace CorpusDiff.Benchmarks;

/// <summary>Parsing a news report into the document model, and the two stages that dominate it.</summary>
[MemoryDiagnoser]
public class DocumentParsingBenchmarks
{
    private string text = string.Empty;

    /// <summary>Loads the longest sample report.</summary>
    [GlobalSetup]
    public void Setup() => text = SampleText.Longest();

    /// <summary>Parses the longest sample report: headers, boilerplate, paragraphs, sentences, tokens.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public Document Parse() => DocumentParser.Default.Parse(text, "sample");

    /// <summary>Splits the whole report into sentences.</summary>
    /// <returns>The sentence spans.</returns>
    [Benchmark]
    public IReadOnlyList<TextSpan> Segment() => SentenceSegmenter.Segment(text);

    /// <summary>Tokenizes the whole report.</summary>
    /// <returns>The tokens.</returns>
    [Benchmark]
    public IReadOnlyList<Token> Tokenize() => Tokenizer.Tokenize(text);
}
