using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class WeightedLevenshteinTests
{
    [Fact]
    public void Distance_CheapSubstitution_UsesTheCallback()
    {
        var metric = new WeightedLevenshtein(new OcrConfusions());

        metric.Distance("String1", "Stringl").Should().Be(0.25);
        metric.Distance("String1", "Stringx").Should().Be(1);
    }

    [Fact]
    public void Distance_UnitCosts_EqualsLevenshtein() =>
        Differential.Check(
            RandomStrings.Pairs(81, 30),
            (a, b) => (double)ReferenceEditDistances.Levenshtein(a, b),
            (a, b) => new WeightedLevenshtein(new UnitCosts()).Distance(a, b),
            minimumPairs: 240);

    [Fact]
    public void Distance_RandomWeights_MatchesReference()
    {
        var costs = new CharacterCosts();
        Differential.Check(
            RandomStrings.Pairs(82, 30),
            (a, b) => ReferenceEditDistances.WeightedLevenshtein(a, b, costs.Cost, costs.InsertionCost, costs.DeletionCost),
            (a, b) => new WeightedLevenshtein(costs, costs).Distance(a, b),
            minimumPairs: 240);
    }

    [Fact]
    public void Distance_WithLimit_IsMinOfDistanceAndLimit()
    {
        var costs = new CharacterCosts();
        var metric = new WeightedLevenshtein(costs, costs);
        foreach (var (_, a, b) in RandomStrings.Pairs(83, 10))
        {
            var distance = ReferenceEditDistances.WeightedLevenshtein(a, b, costs.Cost, costs.InsertionCost, costs.DeletionCost);
            foreach (var limit in new[] { 0, 0.5, distance / 2, distance, distance + 1 })
            {
                metric.Distance(a, b, limit).Should().Be(Math.Min(distance, limit));
            }
        }
    }

    [Fact]
    public void Distance_NegativeCost_ThrowsNamingTheCharacters() =>
        FluentActions.Invoking(() => new WeightedLevenshtein(new NegativeCosts()).Distance("b", "c"))
            .Should().Throw<InvalidOperationException>().WithMessage("*substitution cost*'b'*'c'*-1*");

    [Fact]
    public void Constructor_NullSubstitution_Throws() =>
        FluentActions.Invoking(() => new WeightedLevenshtein(null!)).Should().Throw<ArgumentNullException>();

    private sealed class OcrConfusions : ICharacterSubstitution
    {
        public double Cost(char c1, char c2) => (c1, c2) is ('1', 'l') or ('l', '1') ? 0.25 : 1;
    }

    private sealed class UnitCosts : ICharacterSubstitution
    {
        public double Cost(char c1, char c2) => 1;
    }

    private sealed class NegativeCosts : ICharacterSubstitution
    {
        public double Cost(char c1, char c2) => -1;
    }

    /// <summary>Deterministic costs that depend on the characters (multiples of 1/8, so sums are exact).</summary>
    private sealed class CharacterCosts : ICharacterSubstitution, ICharacterInsDel
    {
        public double Cost(char c1, char c2) => ((c1 * 31 + c2) % 16) / 8.0;

        public double DeletionCost(char c) => 0.5 + ((c % 5) / 8.0);

        public double InsertionCost(char c) => 0.25 + ((c % 7) / 8.0);
    }
}
