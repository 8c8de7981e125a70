using CorpusDiff.Similarity;

namespace CorpusDiff.Tests.Similarity;

public class SimilarityMetricsTests
{
    [Fact]
    public void Catalogue_SetFamily_UsesF23Defaults()
    {
        SimilarityMetrics.JaroWinkler.Options.Should().Be(JaroWinklerOptions.Default);
        SimilarityMetrics.NGram.N.Should().Be(2);
        SimilarityMetrics.QGram.K.Should().Be(3);
        SimilarityMetrics.Cosine.K.Should().Be(3);
        SimilarityMetrics.Jaccard.K.Should().Be(3);
        SimilarityMetrics.SorensenDice.K.Should().Be(3);
        SimilarityMetrics.Sift4.MaxOffset.Should().Be(10);
    }

    [Fact]
    public void Catalogue_Instances_ImplementF23Interfaces()
    {
        SimilarityMetrics.Jaccard.Should().BeAssignableTo<IMetricStringDistance>();
        new object[] { SimilarityMetrics.Jaro, SimilarityMetrics.JaroWinkler, SimilarityMetrics.Cosine, SimilarityMetrics.Jaccard, SimilarityMetrics.SorensenDice, SimilarityMetrics.RatcliffObershelp }
            .Should().AllBeAssignableTo<INormalizedStringSimilarity>().And.AllBeAssignableTo<INormalizedStringDistance>();
        new object[] { SimilarityMetrics.NGram, SimilarityMetrics.QGram, SimilarityMetrics.Sift4 }.Should().AllBeAssignableTo<IStringDistance>();
    }

    [Fact]
    public void Catalogue_SameInstanceOnEveryRead() =>
        SimilarityMetrics.Jaccard.Should().BeSameAs(SimilarityMetrics.Jaccard);
}
