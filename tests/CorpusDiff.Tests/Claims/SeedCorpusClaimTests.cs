using CorpusDiff.Claims;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Claims;

/// <summary>The real seed corpus: the rewrite (000) and the Hong Kong piece (002) against the Xinhua story (001).</summary>
public class SeedCorpusClaimTests
{
    private static Document Read(string file) => TestDocuments.File(SeedCorpus.PathOf(file));

    private static string Words(Document document, Divergence divergence) =>
        document.Text[divergence.TargetSpan.Start..divergence.TargetSpan.End];

    [SeedCorpusFact]
    public void Check_SummaryAgainstSource_FlagsTheQuantityDrift()
    {
        var source = Read(SeedCorpus.Source);
        var summary = Read(SeedCorpus.Summary);

        var report = ClaimChecker.Default.Check(source, summary);

        var drift = report.Divergences.Should().ContainSingle(d => d.Kind == DivergenceKind.Quantity).Subject;
        Words(summary, drift).Should().Be("financial institutions");
        source.Text[drift.SourceSpan!.Value.Start..drift.SourceSpan.Value.End].Should().Be("a financial institution");
    }

    [SeedCorpusFact]
    public void Check_SummaryAgainstSource_RaisesNothingHighOnParaphrase()
    {
        var report = ClaimChecker.Default.Check(Read(SeedCorpus.Source), Read(SeedCorpus.Summary));

        // The rewrite paraphrases throughout; its drifts are a plural, a coined name and an editorial close, none of them a contradiction.
        report.Divergences.Should().NotContain(d => d.Severity == DivergenceSeverity.High);
        report.Divergences.Should().NotContain(d => d.Kind == DivergenceKind.Negation || d.Kind == DivergenceKind.Attribution || d.Kind == DivergenceKind.Date);
    }

    [SeedCorpusFact]
    public void Check_SummaryAgainstSource_FlagsTheCoinedNameAsLowEntity()
    {
        var summary = Read(SeedCorpus.Summary);

        var report = ClaimChecker.Default.Check(Read(SeedCorpus.Source), summary);

        var coined = report.Divergences.Where(d => Words(summary, d).Contains("Builders", StringComparison.Ordinal)).ToList();
        coined.Should().ContainSingle().Which.Severity.Should().Be(DivergenceSeverity.Low);
    }

    [SeedCorpusFact]
    public void Check_HongKongPieceWeekdays_AgreeWithTheSourcesDatesOnceResolved()
    {
        // 002 is dated 2023-11-30: "earlier on Tuesday and Wednesday" are Nov. 28 and 29, the days 001 gives for the visits.
        var piece = Read(SeedCorpus.PartialOverlap);
        piece.Published.Should().Be(new DateOnly(2023, 11, 30));

        var report = ClaimChecker.Default.Check(Read(SeedCorpus.Source), piece);

        report.Divergences.Should().NotContain(d => Words(piece, d) == "Tuesday" || Words(piece, d) == "Wednesday");
    }

    [SeedCorpusFact]
    public void Check_HongKongPieceBackground_IsUnsupportedNotContradiction()
    {
        var piece = Read(SeedCorpus.PartialOverlap);

        var report = ClaimChecker.Default.Check(Read(SeedCorpus.Source), piece);

        report.Divergences.Should().Contain(d => d.Kind == DivergenceKind.Unsupported && Words(piece, d).Contains("Biden", StringComparison.Ordinal));
        report.Divergences.Should().Contain(d => d.Kind == DivergenceKind.Unsupported && Words(piece, d) == "1999");
        report.Consistency.Should().BeLessThan(ClaimChecker.Default.Check(Read(SeedCorpus.Source), Read(SeedCorpus.Summary)).Consistency);
    }
}
