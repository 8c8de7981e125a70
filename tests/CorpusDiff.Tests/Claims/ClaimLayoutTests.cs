using CorpusDiff.Claims;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Claims;

public class ClaimLayoutTests
{
    private static readonly Claim Plain = new(ClaimKind.Number, 3, new TextSpan(10, 14), "4.2%", "4.2%");

    [Fact]
    public void OptionalValues_NotSet_AreNull()
    {
        Plain.Number.Should().BeNull();
        Plain.NumberTo.Should().BeNull();
        Plain.Date.Should().BeNull();
        Plain.Weekday.Should().BeNull();
    }

    [Fact]
    public void OptionalValues_SetToDefaults_AreNotNull()
    {
        // A stored default (0, Sunday, DateOnly.MinValue) must stay apart from an absent value.
        var claim = Plain with { Number = 0, NumberTo = 0, Date = DateOnly.MinValue, Weekday = DayOfWeek.Sunday };

        claim.Number.Should().Be(0);
        claim.NumberTo.Should().Be(0);
        claim.Date.Should().Be(DateOnly.MinValue);
        claim.Weekday.Should().Be(DayOfWeek.Sunday);
        claim.Should().NotBe(Plain);
    }

    [Fact]
    public void With_ValueSetThenCleared_EqualsTheClaimThatNeverHadIt()
    {
        var set = Plain with { Number = 4.2, NumberTo = 5, Date = new DateOnly(2024, 3, 1), Weekday = DayOfWeek.Friday };
        var cleared = set with { Number = null, NumberTo = null, Date = null, Weekday = null };

        set.Number.Should().Be(4.2);
        set.NumberTo.Should().Be(5);
        set.Date.Should().Be(new DateOnly(2024, 3, 1));
        set.Weekday.Should().Be(DayOfWeek.Friday);
        cleared.Should().Be(Plain);
        cleared.GetHashCode().Should().Be(Plain.GetHashCode());
    }

    [Fact]
    public void With_OneValueChanged_KeepsTheOthers()
    {
        var claim = Plain with { Number = 1, Date = new DateOnly(2020, 1, 2) };

        var changed = claim with { NumberTo = 3 };

        changed.Number.Should().Be(1);
        changed.NumberTo.Should().Be(3);
        changed.Date.Should().Be(new DateOnly(2020, 1, 2));
        changed.Weekday.Should().BeNull();
    }

    [Fact]
    public void Extract_RepeatedFigures_ShareTheirStringsAndEqualClaimsExtractedOneSentenceAtATime()
    {
        var text = string.Join(' ', Enumerable.Repeat("The ministry said exports rose 4.2% to $3.2 billion in March, Reuters reported on Monday.", 20));
        var document = DocumentParser.Default.Parse(text, "d");

        var claims = ClaimExtractor.Default.Extract(document);

        var all = claims.SelectMany(c => c).ToList();
        all.Should().NotBeEmpty();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            claims[s].Should().BeEquivalentTo(ClaimExtractor.Default.Extract(document, s), o => o.ComparingByMembers<Claim>().WithStrictOrdering(), "sentence {0}", s);
        }

        foreach (var group in all.GroupBy(c => c.Text, StringComparer.Ordinal))
        {
            group.Select(c => c.Text).Should().OnlyContain(t => ReferenceEquals(t, group.First().Text), "equal texts of claims are one string");
        }

        foreach (var group in all.GroupBy(c => c.Value, StringComparer.Ordinal))
        {
            group.Select(c => c.Value).Should().OnlyContain(v => ReferenceEquals(v, group.First().Value), "equal values of claims are one string");
        }
    }
}
