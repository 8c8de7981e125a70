using CorpusDiff.Alignment;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Alignment;

public class PairVectorsTests
{
    private static PairVectors Vectors(string source, string target)
    {
        var model = new PairModel(TermProfile.For(DocumentParser.Default.Parse(source, "s")), TermProfile.For(DocumentParser.Default.Parse(target, "t")), AlignerOptions.Default);
        return new PairVectors(model);
    }

    [Fact]
    public void GramDot_SameSentence_EqualsSquaredNorm()
    {
        var vectors = Vectors("The harbour authority opened a terminal. Storms closed the road.", "The harbour authority opened a terminal.");
        var (ids, weights, norm) = vectors.TargetGrams(0);

        var dot = vectors.GramDot(ids, weights, 0);

        dot.Should().BeApproximately(norm * norm, 1e-9);
        Math.Sqrt(vectors.GroupGramNormSquared([0])).Should().BeApproximately(norm, 1e-9);
    }

    [Fact]
    public void GroupGramNormSquared_TwoSentences_IsTheNormOfTheirSum()
    {
        var vectors = Vectors("Rail freight grew strongly. Freight trains carried steel. Storms closed the road.", "Rail freight grew.");

        // A sentence concatenated with itself doubles its vector: the squared norm is four times as large.
        var single = vectors.GroupGramNormSquared([1]);
        var both = vectors.GroupGramNormSquared([0, 1]);
        var apart = vectors.GroupGramNormSquared([0]) + single;

        vectors.GroupGramNormSquared([1, 1]).Should().BeApproximately(4 * single, 1e-9);
        both.Should().BeGreaterThan(apart, "the two sentences share n-grams (freight), so their sum is longer than if they were orthogonal");
    }

    [Fact]
    public void GramDot_MorphologicalVariants_ShareNGrams()
    {
        var vectors = Vectors("Scientists praised the modernization of governance. Storms hit the coast.", "Scientific modernisation was praised.");
        var (ids, weights, _) = vectors.TargetGrams(0);

        vectors.GramDot(ids, weights, 0).Should().BeGreaterThan(0);
        vectors.GramDot(ids, weights, 1).Should().Be(0, "the second source sentence shares no content n-gram");
    }
}
