using CorpusDiff.Evaluation;
using CorpusDiff.Tests.Claims;

namespace CorpusDiff.Tests.Evaluation;

public class BigramOverlapTests
{
    [Fact]
    public void Score_CopiedSentence_IsOne()
    {
        var source = TestDocuments.Body("The port handled a record 15.2 million TEU in 2023.");
        var summary = TestDocuments.Body("The port handled a record");

        BigramOverlap.Score(source, summary).Should().Be(1.0);
    }

    [Fact]
    public void Score_HalfTheWordPairsFound_IsOneHalf()
    {
        var source = TestDocuments.Body("a b c");
        var summary = TestDocuments.Body("a b x");

        BigramOverlap.Score(source, summary).Should().Be(0.5);
    }
}
