using BenchmarkDotNet.Attributes;
using CorpusDiff.Documents;

namespace CorpusDiff.Benchmarks;

/// <summary>Parsing a news report into the document model.</summary>
[MemoryDiagnoser]
public class DocumentParsingBenchmarks
{
    private string text = string.Empty;

    /// <summary>Loads the longest sample report.</summary>
    [GlobalSetup]
    public void Setup() => text = SampleText.Longest();

    /// <summary>Parses the longest sample report.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public Document Parse() => DocumentParser.Default.Parse(text, "sample");
}
