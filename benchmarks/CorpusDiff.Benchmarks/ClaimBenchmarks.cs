using BenchmarkDotNet.Attributes;
using CorpusDiff.Claims;
using CorpusDiff.Documents;

namespace CorpusDiff.Benchmarks;

/// <summary>Claim extraction and checking for one source/summary pair: the sample wire story and its drifted rewrite.</summary>
[MemoryDiagnoser]
public class ClaimBenchmarks
{
    private Document source = null!;
    private Document target = null!;

    /// <summary>Parses the sample wire story and the drifted rewrite once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var samples = SampleText.All();
        source = DocumentParser.Default.Parse(samples["wire-source.txt"], "wire-source.txt");
        target = DocumentParser.Default.Parse(samples["rewrite-drift.txt"], "rewrite-drift.txt");
    }

    /// <summary>Extracts the claims of every sentence of the source (about 1,200 words).</summary>
    /// <returns>The claims per sentence.</returns>
    [Benchmark]
    public IReadOnlyList<IReadOnlyList<Claim>> ExtractSource() => ClaimExtractor.Default.Extract(source);

    /// <summary>Checks the 13-sentence rewrite against the source: extraction of both, lexical support, every comparison.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public ConsistencyReport CheckPair() => ClaimChecker.Default.Check(source, target);
}
