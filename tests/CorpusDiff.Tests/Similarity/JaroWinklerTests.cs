using CorpusDiff.Similarity;
using CorpusDiff.TestSupport.Baselines;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class JaroWinklerTests
{
    private readonly JaroWinkler winkler = new();
    private readonly JaroWinkler f23 = new(JaroWinklerOptions.F23);

    [Theory]
    [InlineData("MARTHA", "MARHTA", (17.0 / 18) + (0.3 / 18))]
    [InlineData("DWAYNE", "DUANE", 0.84)]
    [InlineData("DIXON", "DICKSONX", (23.0 / 30) + (0.2 * 7 / 30))]
    public void Similarity_PublishedExamples_MatchWinkler(string s1, string s2, double expected)
    {
        winkler.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12);
        winkler.Similarity(s2, s1).Should().BeApproximately(expected, 1e-12);
    }

    [Theory]
    [InlineData("My string", "My tsring", 0.9740740656852722)]
    [InlineData("My string", "My ntrisg", 0.8962963223457336)]
    public void Similarity_F23ReadmeExamples_MatchF23ToFloatPrecision(string s1, string s2, double f23Value)
    {
        winkler.Similarity(s1, s2).Should().BeApproximately(f23Value, 1e-7);
        f23.Similarity(s1, s2).Should().BeApproximately(f23Value, 1e-7);
    }

    [Fact]
    public void Similarity_PrefixLongerThanFour_CappedByWinklerNotByF23()
    {
        const double jaro = 11.0 / 12;

        winkler.Similarity("ABCDEFGH", "ABCDEFGX").Should().BeApproximately(jaro + (0.4 * (1 - jaro)), 1e-12);
        f23.Similarity("ABCDEFGH", "ABCDEFGX").Should().BeApproximately(jaro + (0.7 * (1 - jaro)), 1e-12);
    }

    [Fact]
    public void Similarity_RandomPairs_EqualsReferenceForBothVariants()
    {
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(2024, perKind: 300))
        {
            var expected = F23StyleJaroWinkler.JaroWinkler(s1, s2);
            var expectedF23 = F23StyleJaroWinkler.JaroWinkler(s1, s2, maxPrefix: null);
            winkler.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
            winkler.For(s1).Similarity(s2).Should().BeApproximately(expected, 1e-12);
            f23.Similarity(s1, s2).Should().BeApproximately(expectedF23, 1e-12, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
            f23.Similarity(s1, s2).Should().BeInRange(0.0, 1.0);
        }
    }

    [Fact]
    public void Similarity_RandomPairs_SymmetricBoundedAndAtLeastJaro()
    {
        var jaro = new Jaro();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(99, perKind: 150))
        {
            var value = winkler.Similarity(s1, s2);
            value.Should().Be(winkler.Similarity(s2, s1));
            value.Should().BeInRange(jaro.Similarity(s1, s2), 1.0);
            winkler.Distance(s1, s2).Should().BeApproximately(1 - value, 1e-15);
        }
    }

    [Fact]
    public void Constructor_Threshold_SetsBoostThresholdLikeF23()
    {
        var strict = new JaroWinkler(0.95);

        strict.Threshold.Should().Be(0.95);
        strict.Similarity("MARTHA", "MARHTA").Should().BeApproximately(17.0 / 18, 1e-12);
        new JaroWinkler(-1).Similarity("ab", "ax").Should().BeGreaterThan(new Jaro().Similarity("ab", "ax"));
    }

    [Theory]
    [InlineData(double.NaN, 0.1, 4, "BoostThreshold")]
    [InlineData(0.7, -0.1, 4, "ScalingFactor")]
    [InlineData(0.7, 0.3, 4, "ScalingFactor")]
    [InlineData(0.7, 0.1, -1, "MaxPrefixLength")]
    public void Constructor_InvalidOptions_ThrowsNamingTheOption(double threshold, double scaling, int maxPrefix, string option)
    {
        var options = new JaroWinklerOptions { BoostThreshold = threshold, ScalingFactor = scaling, MaxPrefixLength = maxPrefix };

        var act = () => new JaroWinkler(options);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(option).WithMessage($"*{option}*");
    }

    [Fact]
    public void Similarity_WithCutoff_ReturnsScoreOrZero()
    {
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(31337, perKind: 100))
        {
            var full = f23.Similarity(s1, s2);
            foreach (var cutoff in new[] { 0.6, 0.8, 0.95 })
            {
                f23.Similarity(s1, s2, cutoff).Should().Be(full >= cutoff ? full : 0.0);
                f23.For(s2).Similarity(s1, cutoff).Should().Be(full >= cutoff ? full : 0.0);
            }
        }
    }

    [Fact]
    public void Similarity_NullArgument_ThrowsArgumentNullException()
    {
        var act = () => winkler.Similarity("a", null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("s2");
    }
}
