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
    public void Check_SummaryAgainstSource_NameVariantsAreNotFlagged()
    {
        var summary = Read(SeedCorpus.Summary);

        var report = ClaimChecker.Default.Check(Read(SeedCorpus.Source), summary);

        // "New Era City Builders Manager's House" names the source's "new era home for urban builders and managers";
        // "Shanghai Municipal Party Committee" is the source's "CPC Shanghai Municipal Committee".
        report.Divergences.Should().NotContain(d => Words(summary, d).Contains("Builders", StringComparison.Ordinal));
        report.Divergences.Should().NotContain(d => Words(summary, d).Contains("Municipal Party Committee", StringComparison.Ordinal));
    }

    [SeedCorpusFact]
    public void Compare_SummaryAgainstSource_FlagsOnlyThePluralAndTheEditorialClose()
    {
        var summary = Read(SeedCorpus.Summary);

        var result = CorpusDiff.Comparison.CorpusComparer.Default.Compare(Read(SeedCorpus.Source), summary);

        result.Divergences.Should().HaveCount(2);
        result.Divergences[0].Kind.Should().Be(DivergenceKind.Quantity);
        result.Divergences[0].Relation.Should().Be(DivergenceRelation.Contradicts);
        result.Divergences[1].Relation.Should().Be(DivergenceRelation.Adds);
        Words(summary, result.Divergences[1]).Should().StartWith("The President’s visit underscores");
    }

    [SeedCorpusFact]
    public void Compare_HongKongPiece_AtMostOneRecordPerSentenceAndNoOutletOrCredit()
    {
        var piece = Read(SeedCorpus.PartialOverlap);

        var result = CorpusDiff.Comparison.CorpusComparer.Default.Compare(Read(SeedCorpus.Source), piece);

        result.Divergences.GroupBy(d => d.TargetSentence).Should().OnlyContain(g => g.Count() == 1);
        result.Divergences.Should().NotContain(d => d.Facts.Any(f => f.Contains("Xinhua", StringComparison.Ordinal) || f.Contains("CCTV", StringComparison.Ordinal)));
        result.Divergences.Should().NotContain(d => d.Relation == DivergenceRelation.Contradicts && Words(piece, d).Contains("Xinhua", StringComparison.Ordinal));
        result.Divergences.SkipWhile(d => d.Relation == DivergenceRelation.Contradicts).Should().OnlyContain(d => d.Relation == DivergenceRelation.Adds);
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

        report.Divergences.Should().Contain(d => d.Relation == DivergenceRelation.Adds && d.Facts.Contains("US President Joe Biden"));
        report.Divergences.Should().Contain(d => d.Relation == DivergenceRelation.Adds && d.Facts.Contains("1999") && Words(piece, d).Contains("established in 1999", StringComparison.Ordinal));
        report.Divergences.Should().NotContain(d => d.Relation == DivergenceRelation.Contradicts);
        report.Consistency.Should().BeLessThan(ClaimChecker.Default.Check(Read(SeedCorpus.Source), Read(SeedCorpus.Summary)).Consistency);
    }
}
