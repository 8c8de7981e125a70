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

        // Floors a little under the figures measured in docs/accuracy.md (pairs: precision 1.00, recall 0.96; target
        // sentences: precision 1.00, recall 0.94). The one missed pair is the exhibition sentence, which scores under
        // every floor (listed there). A regression fails here.
        score.Precision.Should().BeGreaterThanOrEqualTo(0.95);
        score.Recall.Should().BeGreaterThanOrEqualTo(0.94);
        score.SentencePrecision.Should().BeGreaterThanOrEqualTo(0.95);
        score.SentenceRecall.Should().BeGreaterThanOrEqualTo(0.90);
    }
}
