using CorpusDiff.Comparison;
using CorpusDiff.Tests.TestSupport;
using Xunit.Abstractions;

namespace CorpusDiff.Tests.Alignment;

/// <summary>The aligner on the seed pairs, against a careful reader's labels (<see cref="SeedAlignmentGold"/>).</summary>
public class SeedAlignmentGoldTests(ITestOutputHelper output)
{
    [SeedCorpusFact]
    public void Align_SeedPairs_MatchACarefulReader()
    {
        var score = SeedAlignmentGold.Evaluate(CorpusComparer.Default);
        score.Log.ToList().ForEach(output.WriteLine);
        output.WriteLine(score.ToString());
        foreach (var (file, verdict) in SeedAlignmentGold.Verdicts)
        {
            score.Verdicts[file].Should().Be(verdict, file);
        }

        // Floors a little under the figures measured in docs/accuracy.md (pairs: precision 0.94, recall 0.64; target
        // sentences: precision 0.92, recall 0.75), short of the 0.90 recall a careful reader reaches: the misses are
        // listed there. A regression fails here.
        score.Precision.Should().BeGreaterThanOrEqualTo(0.92);
        score.Recall.Should().BeGreaterThanOrEqualTo(0.62);
        score.SentencePrecision.Should().BeGreaterThanOrEqualTo(0.90);
        score.SentenceRecall.Should().BeGreaterThanOrEqualTo(0.73);
    }
}
