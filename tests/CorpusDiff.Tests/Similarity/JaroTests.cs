using CorpusDiff.Similarity;
using CorpusDiff.TestSupport.Baselines;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class JaroTests
{
    private readonly Jaro jaro = new();

    [Theory]
    [InlineData("MARTHA", "MARHTA", 17.0 / 18)]
    [InlineData("DWAYNE", "DUANE", 37.0 / 45)]
    [InlineData("DIXON", "DICKSONX", 23.0 / 30)]
    [InlineData("CRATE", "TRACE", 11.0 / 15)]
    public void Similarity_PublishedExamples_MatchJaroDefinition(string s1, string s2, double expected)
    {
        jaro.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12);
        jaro.Similarity(s2, s1).Should().BeApproximately(expected, 1e-12);
    }

    [Fact]
    public void Similarity_RandomPairs_EqualsQuadraticReference()
    {
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(12345, perKind: 400))
        {
            var expected = F23StyleJaroWinkler.Jaro(s1, s2);
            jaro.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
            Jaro.For(s1).Similarity(s2).Should().BeApproximately(expected, 1e-12, "pattern {0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
            Jaro.For(s2).Similarity(s1).Should().BeApproximately(expected, 1e-12, "pattern {0}: \"{2}\" vs \"{1}\"", kind, s1, s2);
        }
    }

    [Theory]
    [InlineData(63, 64)]
    [InlineData(64, 64)]
    [InlineData(64, 65)]
    [InlineData(65, 200)]
    [InlineData(700, 1500)]
    [InlineData(1500, 1500)]
    public void Similarity_MultiWordLengths_EqualsQuadraticReference(int length1, int length2)
    {
        var random = new Random(12345 + length1 + length2);
        for (var i = 0; i < 20; i++)
        {
            var alphabet = i % 3 == 0 ? "abcdefghijklmnopqrstuvwxyz " : "abcd ";
            var s1 = Draw(random, alphabet, length1);
            var s2 = i % 2 == 0 ? Resize(RandomTextPairs.Edit(random, s1, alphabet), length2) : Draw(random, alphabet, length2);

            jaro.Similarity(s1, s2).Should().BeApproximately(F23StyleJaroWinkler.Jaro(s1, s2), 1e-12);
            Jaro.For(s2).Similarity(s1).Should().BeApproximately(F23StyleJaroWinkler.Jaro(s1, s2), 1e-12);
        }
    }

    [Theory]
    [InlineData(0, 70)]
    [InlineData(5, 64)]
    [InlineData(40, 65)]
    [InlineData(64, 1)]
    [InlineData(100, 30)]
    [InlineData(130, 129)]
    [InlineData(1400, 100)]
    public void Similarity_SharedPrefix_EqualsQuadraticReference(int prefixLength, int tailLength)
    {
        // A shared prefix is counted without matching; what follows it (one word or several) is matched with the
        // window of the full lengths, so the tails must agree with the quadratic scan over the whole strings.
        var random = new Random(4200 + prefixLength + tailLength);
        foreach (var (name, alphabet) in RandomStrings.Alphabets)
        {
            for (var i = 0; i < 4; i++)
            {
                var prefix = RandomStrings.Next(random, alphabet, prefixLength);
                var tail = RandomStrings.Next(random, alphabet, tailLength);
                var s1 = prefix + tail;
                var s2 = prefix + (i switch
                {
                    0 => RandomStrings.Mutate(random, tail, alphabet, 3),
                    1 => RandomStrings.Next(random, alphabet, tailLength + random.Next(0, 30)),
                    2 => tail[..(tailLength / 2)],
                    _ => RandomStrings.Mutate(random, tail, alphabet, tailLength / 3) + RandomStrings.Next(random, alphabet, 5),
                });
                var expected = F23StyleJaroWinkler.Jaro(s1, s2);
                jaro.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12, "[{0}] {1}", name, i);
                jaro.Similarity(s2, s1).Should().BeApproximately(expected, 1e-12, "[{0}] {1} reversed", name, i);
                Jaro.For(s1).Similarity(s2).Should().BeApproximately(expected, 1e-12, "[{0}] {1} cached", name, i);
            }
        }
    }

    [Fact]
    public void Similarity_RandomPairs_SymmetricBoundedAndOneOnlyWhenEqual()
    {
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(777, perKind: 150))
        {
            var forward = jaro.Similarity(s1, s2);
            forward.Should().Be(jaro.Similarity(s2, s1));
            forward.Should().BeInRange(0.0, 1.0);
            jaro.Similarity(s1, s1).Should().Be(1.0);
            if (s1 != s2)
            {
                forward.Should().BeLessThan(1.0);
            }

            jaro.Distance(s1, s2).Should().BeApproximately(1.0 - forward, 1e-15);
        }
    }

    [Fact]
    public void Similarity_EmptyStrings_IdenticalOnlyToEachOther()
    {
        jaro.Similarity(string.Empty, string.Empty).Should().Be(1.0);
        jaro.Similarity(string.Empty, "a").Should().Be(0.0);
        jaro.Similarity("a", string.Empty).Should().Be(0.0);
        Jaro.For(string.Empty).Similarity(string.Empty).Should().Be(1.0);
        Jaro.For(string.Empty).Similarity("abc").Should().Be(0.0);
    }

    [Fact]
    public void Similarity_NoCommonCharacter_IsZero() => jaro.Similarity("abc", "xyz").Should().Be(0.0);

    [Fact]
    public void Similarity_NullArgument_ThrowsArgumentNullException()
    {
        var first = () => jaro.Similarity(null!, "a");
        var second = () => jaro.Distance("a", null!);
        var pattern = () => Jaro.For(null!);
        first.Should().Throw<ArgumentNullException>().WithParameterName("s1");
        second.Should().Throw<ArgumentNullException>().WithParameterName("s2");
        pattern.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Similarity_WithCutoff_ReturnsScoreOrZero()
    {
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(4242, perKind: 100))
        {
            var full = jaro.Similarity(s1, s2);
            foreach (var cutoff in new[] { 0.0, 0.5, 0.7, 0.9 })
            {
                jaro.Similarity(s1, s2, cutoff).Should().Be(full >= cutoff ? full : 0.0);
                Jaro.For(s1).Similarity(s2, cutoff).Should().Be(full >= cutoff ? full : 0.0);
            }
        }
    }

    [Fact]
    public void Similarity_CutoffOutsideUnitRange_Throws()
    {
        var act = () => jaro.Similarity("a", "b", 1.5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scoreCutoff");
    }

    private static string Draw(Random random, string alphabet, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    private static string Resize(string text, int length) => text.Length >= length ? text[..length] : text.PadRight(length, 'z');
}
