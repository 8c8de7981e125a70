using CorpusDiff.Alignment;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Comparison;

public class CorpusComparerTests
{
    private static Document Sample(string file) => DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, file));

    [Fact]
    public void Compare_DocumentWithItself_IsSameEventWithFullCoverage()
    {
        var source = Sample("wire-source.txt");

        var result = CorpusComparer.Default.Compare(source, source);

        result.SameEvent.Should().Be(SameEvent.Yes);
        result.SourceCoverage.Should().BeApproximately(1.0, 0.01);
        result.TargetSupport.Should().BeApproximately(1.0, 0.01);
        result.Coverage.UnalignedTarget.Should().BeEmpty();
        result.Scores.ShingleJaccard.Should().Be(1.0);
        result.Alignments.Should().OnlyContain(a => a.Kind == AlignmentKind.Verbatim);
    }

    [Fact]
    public void Compare_EmptyTarget_IsNotSameEventAndSaysWhy()
    {
        var result = CorpusComparer.Default.Compare(Sample("wire-source.txt"), Corpus.Parse(string.Empty, "empty.txt"));

        result.SameEvent.Should().Be(SameEvent.No);
        result.Judgement.Reasons.Should().ContainSingle(r => r.Contains("no body text", StringComparison.Ordinal));
        result.Alignments.Should().BeEmpty();
        result.Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Compare_FaithfulSummary_IsSameEventAndKeepsBackgroundUnaligned()
    {
        var result = CorpusComparer.Default.Compare(Sample("wire-source.txt"), Sample("rewrite-summary.txt"));

        result.SameEvent.Should().Be(SameEvent.Yes);
        var background = result.Target.Sentences.Single(s => s.Text.Contains("reclaimed", StringComparison.Ordinal));
        result.Coverage.UnalignedTarget.Should().Contain(background.Index);
        result.TargetSupport.Should().BeGreaterThan(0.6);
        result.SourceCoverage.Should().BeLessThan(result.TargetSupport, "a summary covers a small part of its source");
    }

    [Fact]
    public void Compare_ReportOfAnotherYear_IsNotTheSameEvent()
    {
        var result = CorpusComparer.Default.Compare(Sample("wire-source.txt"), Sample("unrelated-similar-topic.txt"));

        result.SameEvent.Should().Be(SameEvent.No);
        result.Alignments.Should().NotContain(a => a.Kind == AlignmentKind.Paraphrase);
        result.Judgement.Reasons.Should().NotBeEmpty();
    }

    [Fact]
    public void Compare_ReportOfAnotherEventFillingTheSameTemplate_KeepsOnlyWhatItCopies()
    {
        // The 2019 fire's quote is copied word for word; its firefighters sentence is the same template with other
        // numbers and another day, which is no copied text.
        var result = CorpusComparer.Default.Compare(Sample("more/wildfire-source.txt"), Sample("more/wildfire-2019.txt"));
        var target = result.Target;
        var quote = target.Sentences.Single(s => s.Text.Contains("The next 48 hours will be decisive", StringComparison.Ordinal)).Index;
        var template = target.Sentences.Single(s => s.Text.Contains("Around 600 firefighters", StringComparison.Ordinal)).Index;

        result.SameEvent.Should().Be(SameEvent.No);
        result.Alignments.Should().ContainSingle(a => a.Target.Contains(quote));
        result.Alignments.Should().NotContain(a => a.Target.Contains(template));
    }

    [Fact]
    public void Compare_SpeakerReasons_NameSpeakersAsWrittenNotFragments()
    {
        var result = CorpusComparer.Default.Compare(Sample("wire-source.txt"), Sample("unrelated-similar-topic.txt"));

        var speakers = result.Judgement.Reasons.Should().ContainSingle(r => r.StartsWith("speaker differs", StringComparison.Ordinal)).Subject;
        speakers.Should().Contain("Hans Verbeek").And.Contain("FNV Havens").And.Contain("Marieke de Vries");
        speakers.Should().NotContain("Fnv").And.NotContain("Hans,").And.NotContain("Vries,  ");
    }

    [Fact]
    public void Compare_TargetQuotingSomeoneTheSourceOnlyNames_IsNotVetoedBySpeaker()
    {
        // The rewrite quotes the adviser the source names without quoting; the source quotes the council's chair. The
        // same cast, quoted differently, is no sign of another event.
        var result = CompareBypassReports(
            sourceAlsoSays: "The route was drawn up with the help of transport adviser Daniel Frey.\n\n", targetSpeaker: "Daniel Frey");

        result.Judgement.ActorsOverlap.Should().BeNull();
        result.SameEvent.Should().Be(SameEvent.Yes);
        result.Judgement.Reasons.Should().Contain(r => r.Contains("but the source names the target's speakers too", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_TargetQuotingSomeoneTheSourceNeverNames_IsAnotherEvent()
    {
        var result = CompareBypassReports(sourceAlsoSays: string.Empty, targetSpeaker: "Peter Lind");

        result.Judgement.ActorsOverlap.Should().BeFalse();
        result.SameEvent.Should().Be(SameEvent.No);
    }

    [Fact]
    public void Compare_RoundupQuotingOnlyThePeopleOfItsOtherItems_IsPartialNotVetoedBySpeaker()
    {
        // The only speaker the roundup quotes is a retailer of another item; the bypass item's two sentences share the
        // source's facts.
        var result = CorpusComparer.Default.Compare(BypassSource(), Corpus.Parse(
            "date 2026-06-02\n\nThe council approved the Elston bypass on Monday; it will cost 40 million pounds and open in 2029.\n\n"
            + "The road should take 9,000 lorries a week out of the village.\n\n"
            + "Shares in the airline Skyra fell 6% after it cut its profit forecast.\n\n"
            + "The retailer Hollam said it would open 40 new stores and create 1,200 jobs next year.",
            "roundup.txt"));

        result.Judgement.ActorsOverlap.Should().BeNull();
        result.SameEvent.Should().Be(SameEvent.Partial);
        result.Judgement.Reasons.Should().Contain(r => r.Contains("but the target quotes them only in sentences about other events", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_ReportComingBackToItsSpeakersNames_KeepsTheSpeakerVeto()
    {
        // Another raid on another museum: its sergeant's sentence states facts the source lacks, as a roundup's item would,
        // but it names Kelsford again, as the whole report does. It is his story, and the speaker still vetoes it.
        var result = CorpusComparer.Default.Compare(Sample("more/museum-source.txt"), Sample("more/museum-other-raid.txt"));

        result.Judgement.ActorsOverlap.Should().BeFalse();
        result.SameEvent.Should().Be(SameEvent.No);
    }

    private static Document BypassSource() => Corpus.Parse(
        "date 2026-06-02\n\nThe council on Monday approved the Elston bypass, which will cost 40 million pounds and open in 2029.\n\n"
        + "Council chair Miriam Oduya said the bypass would take 9,000 lorries a week out of the village.",
        "source.txt");

    /// <summary>A council's bypass decision and a rewrite of it in which <paramref name="targetSpeaker"/> gives the chair's figure.</summary>
    private static ComparisonResult CompareBypassReports(string sourceAlsoSays, string targetSpeaker)
    {
        var source = Corpus.Parse(
            "date 2026-06-02\n\nThe council on Monday approved the Elston bypass, which will cost 40 million pounds and open in 2029.\n\n"
            + sourceAlsoSays
            + "Council chair Miriam Oduya said the bypass would take 9,000 lorries a week out of the village.",
            "source.txt");
        var target = Corpus.Parse(
            "date 2026-06-02\n\nThe Elston bypass, costing 40 million pounds, was approved by the council on Monday and should open in 2029.\n\n"
            + targetSpeaker + " said the road would take 9,000 lorries a week away from the village.",
            "target.txt");
        return CorpusComparer.Default.Compare(source, target);
    }

    [Fact]
    public void Compare_RewriteNamingTheDaysAheadByWeekday_ShowsTheDaysAReaderMeans()
    {
        // Monday's source and Tuesday's rewrite both say "until Wednesday": the day after the rewrite, not the week before.
        var source = Corpus.Parse(
            "date 2026-11-30\n\nStorm Ilse cut power to 40,000 homes in Dunmore on Sunday night, Northvale Power said.\n\n"
            + "A yellow warning for rain remains in place until Wednesday.",
            "source.txt");
        var target = Corpus.Parse(
            "date 2026-12-01\n\nStorm Ilse cut power to 40,000 homes in Dunmore late on Sunday, according to Northvale Power.\n\n"
            + "Rain warnings last until Wednesday.",
            "target.txt");

        var result = CorpusComparer.Default.Compare(source, target);

        result.Judgement.Reasons.Should().Contain("it reports days the source reports (2026-11-29, 2026-12-02)");
    }

    [Fact]
    public void Compare_ReprintWithOtherStories_IsPartial()
    {
        var result = CorpusComparer.Default.Compare(Sample("wire-source.txt"), Sample("reprint-mt.txt"));

        result.SameEvent.Should().Be(SameEvent.Partial);
        result.Alignments.Should().Contain(a => a.Kind == AlignmentKind.Verbatim);
    }

    [Fact]
    public void Compare_RoundupRetellingOneFactInOtherWords_IsPartialAndSaysSo()
    {
        // The roundup copies the source's lead and restates its count of passengers in its own words ("caught up in the
        // disruption"), among five stories of its own: two sentences of the event, one of them only partly aligned.
        var result = CorpusComparer.Default.Compare(Sample("more/airport-source.txt"), Sample("more/airport-roundup.txt"));

        result.SameEvent.Should().Be(SameEvent.Partial);
        result.Judgement.Reasons[0].Should().Contain("restate one in other words on its names and numbers (1 sentence)");
        result.Alignments.Should().HaveCount(2);
    }

    [Fact]
    public void Compare_RoundupSharingFactsInOneSentence_SaysSoInTheSingular()
    {
        // The space roundup tells the rocket's loss in two sentences among five of its own; one of them aligns on names.
        var result = CorpusComparer.Default.Compare(Sample("more/rocket-source.txt"), Sample("more/rocket-roundup.txt"));

        result.SameEvent.Should().Be(SameEvent.Partial);
        result.Judgement.Reasons[0].Should().Contain("but 1 sentence shares specific facts with it");
    }

    [Fact]
    public void Compare_RewriteRestatingSentencesInOtherWords_IsSameEventAndSaysSo()
    {
        // Most of the library rewrite's sentences restate one source sentence each in other words, keeping its names and
        // numbers: they align only partly, yet they report the event as much as close copies would.
        var result = CorpusComparer.Default.Compare(Sample("more/library-source.txt"), Sample("more/library-rewrite.txt"));

        result.Judgement.StrongSupport.Should().BeLessThan(ComparisonOptions.Default.SameEventShare);
        result.SameEvent.Should().Be(SameEvent.Yes);
        result.Judgement.Reasons[0].Should().Contain("restate one in other words");
    }

    [Fact]
    public void Compare_ScoresAndCoverage_AreInUnitRange()
    {
        var source = Sample("wire-source.txt");
        foreach (var file in new[] { "rewrite-summary.txt", "rewrite-drift.txt", "reprint-mt.txt", "unrelated-similar-topic.txt", "zh-brief.txt" })
        {
            var result = CorpusComparer.Default.Compare(source, Sample(file));

            result.Scores.Named().Should().HaveCount(4).And.OnlyContain(s => s.Value >= 0 && s.Value <= 1, file);
            new[] { result.Coverage.SourceSentences, result.Coverage.SourceTokens, result.Coverage.TargetSentences, result.Coverage.TargetTokens }
                .Should().OnlyContain(v => v >= 0 && v <= 1, file);
        }
    }

    [Fact]
    public void Compare_SummaryScoresHigherThanDistractor_OnEveryMeasure()
    {
        var source = Sample("wire-source.txt");
        var summary = CorpusComparer.Default.Compare(source, Sample("rewrite-drift.txt")).Scores.Named();
        var distractor = CorpusComparer.Default.Compare(source, Sample("unrelated-similar-topic.txt")).Scores.Named();

        for (var i = 0; i < summary.Count; i++)
        {
            summary[i].Value.Should().BeGreaterThan(distractor[i].Value, summary[i].Key);
        }
    }

    [Fact]
    public void Compare_ManyTargetsInParallel_EqualsOneByOne()
    {
        var source = Sample("wire-source.txt");
        var targets = new[] { "rewrite-summary.txt", "rewrite-drift.txt", "reprint-mt.txt", "unrelated-similar-topic.txt", "zh-brief.txt", "wire-trimmed.txt" }
            .Select(Sample).ToList();
        var reported = 0;

        var parallel = CorpusComparer.Default.Compare(source, targets, new SyncProgress(() => Interlocked.Increment(ref reported)));
        var sequential = new CorpusComparer(new ComparisonOptions { MaxParallelism = 1 }).Compare(source, targets);

        parallel.Select(r => r.Target.Id).Should().Equal(targets.Select(t => t.Id));
        for (var i = 0; i < targets.Count; i++)
        {
            parallel[i].Judgement.Verdict.Should().Be(sequential[i].Judgement.Verdict);
            parallel[i].Alignments.Select(a => (string.Join(",", a.Source), string.Join(",", a.Target), a.Score))
                .Should().Equal(sequential[i].Alignments.Select(a => (string.Join(",", a.Source), string.Join(",", a.Target), a.Score)));
        }

        reported.Should().Be(targets.Count);
    }

    [Fact]
    public void ChooseSource_AmongReports_PicksTheWireStory()
    {
        var documents = new[] { "rewrite-summary.txt", "reprint-mt.txt", "wire-source.txt", "rewrite-drift.txt" }.Select(Sample).ToList();

        var index = CorpusComparer.Default.ChooseSource(documents);

        documents[index].Id.Should().Be("wire-source.txt");
        Corpus.ChooseSource(documents).Should().BeSameAs(documents[index]);
    }

    [Fact]
    public void ChooseSource_Empty_Throws()
    {
        var act = () => CorpusComparer.Default.ChooseSource([]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Compare_ClaimsDisabled_ReportsNoDivergencesAndFullConsistency()
    {
        var comparer = new CorpusComparer(new ComparisonOptions { CheckClaims = false });

        var result = comparer.Compare(Sample("wire-source.txt"), Sample("rewrite-drift.txt"));

        result.Divergences.Should().BeEmpty();
        result.Consistency.Consistency.Should().Be(1.0);
        result.Consistency.SentenceConsistency.Should().HaveCount(result.Target.Sentences.Count);
    }

    [Theory]
    [InlineData(nameof(ComparisonOptions.ShingleSize))]
    [InlineData(nameof(ComparisonOptions.MaxParallelism))]
    [InlineData(nameof(ComparisonOptions.PartialEventShare))]
    public void Options_OutOfRange_ThrowsNamingTheOption(string name)
    {
        var options = name switch
        {
            nameof(ComparisonOptions.ShingleSize) => new ComparisonOptions { ShingleSize = 0 },
            nameof(ComparisonOptions.MaxParallelism) => new ComparisonOptions { MaxParallelism = 0 },
            _ => new ComparisonOptions { PartialEventShare = 0.9, SameEventShare = 0.5 },
        };

        var act = () => new CorpusComparer(options);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{name}*");
    }

    private sealed class SyncProgress(Action onReport) : IProgress<int>
    {
        public void Report(int value) => onReport();
    }
}
