using CorpusDiff.Claims;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Claims;

public class ConsistencyScorerTests
{
    private static readonly DocumentParser Parser = new(DocumentOptions.Default with { ParseHeaders = false });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Check_GeneratedReportAgainstItself_ScoresOneWithNoDivergences(int seed)
    {
        var random = new Random(seed);
        var text = string.Join(' ', Enumerable.Range(0, 6 + random.Next(10)).Select(_ => Sentence(random)));
        var document = Parser.Parse(text, "self");

        var report = ClaimChecker.Default.Check(document, document);

        report.Consistency.Should().Be(1.0);
        report.NothingToCheck.Should().BeFalse();
        report.Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_EmptyTarget_HasNothingToCheck()
    {
        var report = ClaimChecker.Default.Check(Parser.Parse("The mayor opened the bridge on Monday.", "s"), Parser.Parse("   ", "t"));

        report.NothingToCheck.Should().BeTrue();
        report.Consistency.Should().Be(0);
    }

    [Fact]
    public void Compare_AndCheck_GiveTheSameConsistency()
    {
        var source = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, "more", "flood-source.txt"));
        var target = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, "more", "flood-rewrite.txt"));

        var compared = CorpusComparer.Default.Compare(source, target).Consistency.Consistency;
        var checkedAlone = ClaimChecker.Default.Check(source, target).Consistency;

        compared.Should().Be(checkedAlone);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Score_AtAFixedCoverage_IsMonotoneInSupport(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var coverage = random.NextDouble();
            var low = random.NextDouble();
            var high = low + ((1 - low) * random.NextDouble());
            var facts = random.Next(4);

            ConsistencyScorer.Score(Features(low, coverage, facts)).Should().BeLessThanOrEqualTo(ConsistencyScorer.Score(Features(high, coverage, facts)));
        }
    }

    [Fact]
    public void Score_RewriteInItsOwnWordsWithNoNewFacts_IsConsistent()
    {
        // A faithful abstractive summary: a third of its content words are the writer's own, so its sentences share
        // little wording with any window of the source, yet it states nothing the source does not.
        var score = ConsistencyScorer.Score(Features(support: 0.3, coverage: 0.65, facts: 0));

        score.Should().BeGreaterThanOrEqualTo(ClaimOptions.Default.DecisionThreshold);
    }

    [Fact]
    public void Score_SameRewriteWithANewFact_IsInconsistent()
    {
        var score = ConsistencyScorer.Score(Features(support: 0.3, coverage: 0.65, facts: 1));

        score.Should().BeLessThan(ClaimOptions.Default.DecisionThreshold);
    }

    [Fact]
    public void Score_NearCopyThatLostTwoThirdsOfItsSupport_IsInconsistent()
    {
        // Every content word is the source's, so low support means the words were recombined: a swapped entity or a
        // changed predicate, which a near-copy's style cannot excuse.
        var score = ConsistencyScorer.Score(Features(support: 0.35, coverage: 1, facts: 0));

        score.Should().BeLessThan(ClaimOptions.Default.DecisionThreshold);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Score_MoreNovelWeightAtTheSameSupportAndCoverage_IsNoHigher(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var support = random.NextDouble();
            var coverage = random.NextDouble();
            var low = random.NextDouble();
            var high = low + ((1 - low) * random.NextDouble());
            var facts = random.Next(4);

            var lessNovel = Features(support, coverage, facts) with { NovelWeight = low };
            var moreNovel = Features(support, coverage, facts) with { NovelWeight = high };

            ConsistencyScorer.Score(moreNovel).Should().BeLessThanOrEqualTo(ConsistencyScorer.Score(lessNovel));
        }
    }

    [Fact]
    public void Score_CalibrationWithoutStyleOrPenalties_IsTheBlendedSupport()
    {
        // Exponent 1 at every coverage, no factor per new fact and no novelty power: what is left is the support the
        // coverage blends, so a calibration's every constant is read from the record, not from the fitted one.
        var plain = new ConsistencyCalibration(AbstractiveExponent: 1, CoverageMidpoint: 0.85, CoverageScale: 0.06, NovelSpecificFactor: 1, NoveltyPower: 0);
        var features = Features(support: 0.4, coverage: 1, facts: 2) with { NovelWeight = 0.5 };

        ConsistencyScorer.Score(features, plain).Should().BeApproximately(0.4, 1e-9);
        ConsistencyScorer.Score(features).Should().BeLessThan(0.4);
    }

    [Fact]
    public void Check_LowerCaseSummaryWithANewName_CountsItAsNovelWeight()
    {
        // Lower-cased, tokenised summaries (SummEval, Goyal'21) give the claim extractor no capitals to find a name by;
        // the novel-weight share still sees the rare word the source never uses.
        var source = Parser.Parse("the council approved the budget on tuesday . the mayor welcomed the vote .", "s");
        var faithful = Parser.Parse("the council approved the budget on tuesday .", "t");
        var added = Parser.Parse("the council approved the budget of mayor hendricks on tuesday .", "u");

        var faithfulReport = ClaimChecker.Default.Check(source, faithful);
        var addedReport = ClaimChecker.Default.Check(source, added);

        faithfulReport.Features.NovelWeight.Should().Be(0);
        addedReport.Features.NovelWeight.Should().BeGreaterThan(0);
        addedReport.Consistency.Should().BeLessThan(faithfulReport.Consistency);
    }

    /// <summary>The runs of new words a case-less summary has against a two-sentence case-less report of a visit.</summary>
    private static int NovelRunsAgainstTheVisit(string summary) =>
        ClaimChecker.Default.Check(
            Parser.Parse("the prime minister met the visiting premier on tuesday . trade talks dominated the agenda .", "s"),
            Parser.Parse(summary, "t")).Features.NovelRuns;

    [Theory]
    [InlineData("the prime minister met the visiting premier on tuesday , varadkar said .", 1)]
    [InlineData("the prime minister met the visiting premier on tuesday , justin said .", 0)]
    [InlineData("the prime minister slammed the visiting premier on tuesday .", 0)]
    [InlineData("the prime minister met the visiting premier on saturday .", 0)]
    [InlineData("the prime minister met the visiting german premier on tuesday .", 0)]
    [InlineData("the prime minister met the visiting premier on tuesday , as varadkar and rosamund said .", 2)]
    public void Check_CaselessSummary_CountsANewWordOnlyWhenItIsARareName(string summary, int expected)
    {
        // One new word that English does not know is the shape a rare name takes without capitals; a new common word
        // (slammed), a well-known name (justin: as often background as invention), a weekday or a nationality is not.
        NovelRunsAgainstTheVisit(summary).Should().Be(expected);
    }

    [Fact]
    public void Check_CaselessNameTheSourceGivesAsAPossessive_IsNoNewName()
    {
        var source = Parser.Parse("the deal was agreed in may when mr varadkar's predecessor enda kenny stepped down .", "s");

        ClaimChecker.Default.Check(source, Parser.Parse("enda kenny was succeeded by varadkar .", "t")).Features.NovelRuns.Should().Be(0);
        ClaimChecker.Default.Check(source, Parser.Parse("enda kenny was succeeded by leo mcentee .", "t")).Features.NovelRuns.Should().Be(1);
    }

    [Theory]
    [InlineData("the prime minister met leo murphy on tuesday .", 0)]
    [InlineData("the prime minister met the pet sheep on tuesday .", 0)]
    [InlineData("the prime minister met leo james murphy on tuesday .", 1)]
    [InlineData("the prime minister met leo mcentee on tuesday .", 1)]
    public void Check_CaselessSummary_CountsARunOfKnownWordsOnlyFromThreeWords(string summary, int expected)
    {
        // Two new words English knows, side by side, are as often a paraphrase or a well-known name the writer was given
        // as an invented name; three seldom are, and a rare name counts alone.
        NovelRunsAgainstTheVisit(summary).Should().Be(expected);
    }

    [Fact]
    public void Check_CaselessSummaryWithANewName_CountsANovelRun()
    {
        // Lower-cased summaries give the claim extractor no capitals; adjacent words the source never uses, one of them a
        // word English does not know, are the shape a new name takes there.
        var source = Parser.Parse("the prime minister met the visiting premier on tuesday . trade talks dominated the agenda .", "s");
        var faithful = Parser.Parse("the prime minister met the visiting premier on tuesday for trade talks .", "t");
        var added = Parser.Parse("the prime minister met enda varadkar on tuesday for trade talks .", "u");

        var faithfulReport = ClaimChecker.Default.Check(source, faithful);
        var addedReport = ClaimChecker.Default.Check(source, added);

        faithfulReport.Features.NovelRuns.Should().Be(0);
        addedReport.Features.NovelRuns.Should().Be(1);
        addedReport.Features.Caseless.Should().BeTrue();
        ConsistencyScorer.Score(addedReport.Features).Should().BeLessThan(ConsistencyScorer.Score(addedReport.Features with { NovelRuns = 0 }));
    }

    [Fact]
    public void Score_NovelRunInACasedSummary_CostsNothing()
    {
        // With capitals, the claim check lists a new name as a new fact already: the run would count it twice.
        var features = Features(support: 0.5, coverage: 0.7, facts: 1) with { NovelRuns = 2, Caseless = false };

        ConsistencyScorer.Score(features).Should().Be(ConsistencyScorer.Score(features with { NovelRuns = 0 }));
    }

    [Fact]
    public void Score_NovelRunsInACaselessSummary_LowerItByTheFittedFactor()
    {
        var features = Features(support: 0.5, coverage: 0.7, facts: 0) with { Caseless = true };

        var none = ConsistencyScorer.Score(features);
        var two = ConsistencyScorer.Score(features with { NovelRuns = 2 });

        two.Should().BeApproximately(none * Math.Pow(ConsistencyCalibration.Fitted.NovelRunFactor, 2), 1e-12);
        ConsistencyCalibration.Fitted.NovelRunFactor.Should().BeLessThan(1);
    }

    [Theory]
    [InlineData("The 27-year-old striker joined Paris Saint-Germain in a record-breaking deal. The club confirmed the fee on Monday.")]
    [InlineData("the 27 - year - old striker joined paris saint - germain in a record - breaking deal . the club confirmed the fee on monday .")]
    public void Check_HyphenatedReportAgainstItself_ScoresOneWithNoDivergences(string text)
    {
        var document = Parser.Parse(text, "self");

        var report = ClaimChecker.Default.Check(document, document);

        report.Consistency.Should().Be(1.0);
        report.Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_WeekdayTheCalendarResolvesToASourceDate_IsNoNewFact()
    {
        var source = TestDocuments.Body("The port handled a record 15.2 million containers, its chief said on March 3.", "2023-03-05", "source");
        var target = TestDocuments.Body("The port handled a record 15.2 million containers, its chief said on Friday.", "2023-03-05", "target");

        var report = ClaimChecker.Default.Check(source, target);

        report.Features.NovelFacts.Should().Be(0);
        report.Consistency.Should().BeGreaterThanOrEqualTo(ClaimOptions.Default.DecisionThreshold);
    }

    [Fact]
    public void Check_ChangedNumber_ScoresBelowTheFaithfulCopy()
    {
        var source = Parser.Parse("The council approved a budget of 40 million pounds on Tuesday. The mayor welcomed the vote.", "s");
        var faithful = Parser.Parse("The council approved a budget of 40 million pounds on Tuesday.", "t");
        var changed = Parser.Parse("The council approved a budget of 90 million pounds on Tuesday.", "u");

        ClaimChecker.Default.Check(source, changed).Consistency.Should().BeLessThan(ClaimChecker.Default.Check(source, faithful).Consistency);
    }

    [Fact]
    public void WindowSupport_SentenceFusingTwoNeighbours_BeatsEitherAlone()
    {
        var source = Parser.Parse("The river rose to 4.9 metres overnight. Firefighters rescued 73 people by boat. Forecasters expect rain.", "s");
        var target = Parser.Parse("The river rose to 4.9 metres and firefighters rescued 73 people.", "t");
        var prepared = ClaimChecker.Default.Prepare(source);
        var sentence = target.Sentences[0];

        var window = prepared.Index.WindowSupport(target.Tokens, sentence.FirstToken, sentence.TokenCount, 0.5, 3);
        var single = prepared.Index.WindowSupport(target.Tokens, sentence.FirstToken, sentence.TokenCount, 0.5, 1);

        window.Should().BeGreaterThan(single);
    }

    private static ConsistencyFeatures Features(double support, double coverage, int facts) =>
        new(support, support, 1 - coverage, support, 0, support, support, facts, 1 - coverage);

    private static string Sentence(Random random)
    {
        string[] words = ["river", "council", "bridge", "mayor", "repair", "storm", "harbour", "school", "budget", "vote", "engineers", "pounds"];
        var n = 5 + random.Next(8);
        var body = string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        return char.ToUpperInvariant(body[0]) + body[1..] + ".";
    }
}
