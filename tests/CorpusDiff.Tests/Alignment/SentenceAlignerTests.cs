using CorpusDiff.Alignment;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Alignment;

public class SentenceAlignerTests
{
    // A small wire story: distinct facts per sentence, shared generic vocabulary throughout.
    private const string Source =
        "The Federal Reserve raised its benchmark interest rate by a quarter point on Wednesday, citing stubborn inflation in housing costs. " +
        "Chair Jerome Powell told reporters in Washington that further increases remained possible. " +
        "Markets had priced in the move after strong payroll figures last week. " +
        "The decision was unanimous among the twelve voting members of the committee. " +
        "Mortgage rates climbed to 7.2 percent, the highest level since 2001. " +
        "Economists at Goldman Sachs expect one more increase before the summer. " +
        "The central bank also cut its growth forecast for next year to 1.4 percent. " +
        "Officials said they would promote high-quality development and further opening up.";

    private static Document Doc(string text, string id = "target") => Corpus.Parse(text, id);

    /// <summary>A source story of <c>samples/more</c>, parsed as the source.</summary>
    private static Document Story(string file) => Doc(File.ReadAllText(Path.Combine(Repository.Samples, "more", file)), "source");

    /// <summary>The score of a one-sentence target aligned with source sentence <paramref name="sentence"/> alone, or 0 when it is not.</summary>
    private static double ScoreAgainst(Document source, int sentence, string target) =>
        SentenceAligner.Default.Align(source, Doc(target))
            .Where(a => a.Source.SequenceEqual([sentence])).Select(a => a.Score).DefaultIfEmpty(0).Single();

    [Fact]
    public void Align_Paraphrase_AlignsWithParaphraseKind()
    {
        var target = Doc("The Fed lifted its benchmark rate by a quarter point, pointing to stubborn housing inflation.");

        var alignments = SentenceAligner.Default.Align(Doc(Source, "source"), target);

        alignments.Should().ContainSingle();
        alignments[0].Source.Should().Equal(0);
        alignments[0].Target.Should().Equal(0);
        alignments[0].Kind.Should().Be(AlignmentKind.Paraphrase);
        alignments[0].Score.Should().BeInRange(AlignerOptions.Default.MinScore, 1.0);
    }

    [Fact]
    public void Align_VerbatimCopy_IsVerbatimWithScoreOne()
    {
        var target = Doc("Mortgage rates climbed to 7.2 percent, the highest level since 2001.");

        var alignment = SentenceAligner.Default.Align(Doc(Source, "source"), target).Single();

        alignment.Source.Should().Equal(4);
        alignment.Kind.Should().Be(AlignmentKind.Verbatim);
        alignment.Score.Should().Be(1.0);
    }

    [Fact]
    public void Align_OneWordChanged_IsNearVerbatim()
    {
        var target = Doc("Economists at Goldman Sachs expect one more increase before the autumn.");

        var alignment = SentenceAligner.Default.Align(Doc(Source, "source"), target).Single();

        alignment.Source.Should().Equal(5);
        alignment.Kind.Should().Be(AlignmentKind.NearVerbatim);
    }

    [Fact]
    public void Align_Fusion_OneTargetSentenceGetsTwoSources()
    {
        var target = Doc("Powell said further increases remained possible, and mortgage rates hit 7.2 percent, the highest since 2001.");

        var alignment = SentenceAligner.Default.Align(Doc(Source, "source"), target).Single();

        alignment.Source.Should().Equal(1, 4);
        alignment.Target.Should().Equal(0);
    }

    [Fact]
    public void Align_SynonymParaphrase_AlignsThroughTheLexicon()
    {
        // Only "Kelso viaduct" is shared word for word: one piece of evidence, too little on its own. The lexicon adds
        // rust/corrosion and beams/girders.
        var source = Doc(
            "Engineers found that corrosion had weakened two girders of the Kelso viaduct. " +
            "The council will vote on a repair plan next month. " +
            "Buses will use the ring road while the work goes on.",
            "source");
        var target = Doc("Rust has eaten into two beams of the Kelso viaduct.");

        var alignment = SentenceAligner.Default.Align(source, target).Single();

        alignment.Source.Should().Equal(0);
    }

    [Theory]
    [InlineData("The inspectorate will look into the contamination.", "The inspectorate will look at the contamination.", 2)]
    [InlineData("Some planned surgery at Hallam General has been put off.", "Some planned surgery at Hallam General has been put up.", 1)]
    public void Align_PhrasalVerbForThePlainWord_IsEvidenceAnotherParticleIsNot(string phrasal, string other, int expected)
    {
        // "look into" is "investigate" and "put off" is "postpone"; "look at" and "put up" are not listed, and their
        // verb is one more word the source lacks.
        var source = Doc(
            "About 40,000 homes in Hallam have been told to boil their water after bacteria were found at a treatment works.\n\n" +
            "Planned operations at Hallam General Hospital have been postponed.\n\n" +
            "The Drinking Water Inspectorate said it would investigate the contamination.\n\n" +
            "Bottled water is being handed out at three stations.",
            "source");

        double Score(string text) => ScoreAgainst(source, expected, text);

        Score(phrasal).Should().BeGreaterThan(Score(other));
        Score(phrasal).Should().BePositive();
    }

    [Theory]
    // Every word but "sea" and "shipping" is another word for the source's ("No one was injured" for "Nobody was hurt",
    // "routes" for "lanes"): with neither "wreckage" for "debris" nor "came down" for "fell" it sinks under the lower floor.
    [InlineData("rocket-source.txt", "No one was injured, and the wreckage came down in the sea far from shipping routes.", 3, "Nobody was hurt")]
    // "employees spotted strange activity on a computer" for "staff noticed unusual activity on a server": with "spotted"
    // and "strange" read as words the source lacks, it sinks under the lower floor.
    [InlineData("breach-source.txt", "The attack came to light last Friday after employees spotted strange activity on a computer holding delivery data.", 1, "The breach was discovered")]
    // "straight away" for "immediately": read as two words the source lacks, the sentence rests on "report", "sick" and
    // "birds" alone and is not anchored.
    [InlineData("flu-source.txt", "People with a few hens in their garden should report sick birds straight away.", 10, "Owners of backyard flocks")]
    public void Align_SentenceMostlyInOtherWords_MeetsTheSentenceItRestates(string story, string text, int expected, string opening)
    {
        var source = Story(story);

        var alignment = SentenceAligner.Default.Align(source, Doc(text)).Single();

        alignment.Source.Should().Equal(expected);
        source.Sentences[expected].Text.Should().StartWith(opening);
    }

    [Fact]
    public void Align_NumberWithoutGroupingCommas_MeetsTheGroupedNumber()
    {
        // A translated reprint's "3000" is the source's "3,000": with the two read as different numbers, the rest of the
        // sentence is in other words ("passed the night under open sky", "new shocks") and it sinks under the lower floor.
        var source = Story("quake-source.txt");
        var target = Doc("Over 3000 inhabitants passed the night under open sky because of fear of new shocks.");

        var alignment = SentenceAligner.Default.Align(source, target).Single();

        source.Sentences[alignment.Source.Single()].Text.Should().StartWith("More than 3,000 people");
    }

    [Theory]
    // A roundup's other disaster meets the quake story's "death toll" and "mountain villages", and nothing else: its
    // place is one the source never names, and it states no name or number the source states.
    [InlineData("quake-source.txt", "The death toll from a bus crash in the mountains of Drosna rose to nine.", null)]
    // A new place, but the age is the source's: the lower floor still serves the restated fact.
    [InlineData("byelection-source.txt", "The 34-year-old midwife is due to be sworn in at Westminster on Tuesday.", "34")]
    public void Align_LowScoringSentenceNamingOnlyWhatTheSourceNeverNames_IsNotAligned(string story, string text, string? sourceWord)
    {
        var source = Story(story);

        var alignments = SentenceAligner.Default.Align(source, Doc(text));

        if (sourceWord is null)
        {
            alignments.Should().BeEmpty();
        }
        else
        {
            source.Sentences[alignments.Single().Source.Single()].Text.Should().Contain(sourceWord);
        }
    }

    [Fact]
    public void Align_FineInPoundsAgainstAShareOfTurnover_IsNotAligned()
    {
        // A roundup's other story: a bank "fined £4m" is not the source's cap on fines of "4% of their global turnover",
        // though both are fines with the digit 4. A share and an amount are different numbers.
        var source = Story("breach-source.txt");
        var target = Doc("A bank has been fined £4m for failing to protect customers from fraud.");

        SentenceAligner.Default.Align(source, target).Should().BeEmpty();
    }

    [Fact]
    public void Align_NeighbourLendingOneWordInAnotherSense_IsNotFused()
    {
        // The lead is the only other sentence of the story with "handle", so the word is rare and specific, but the
        // aircraft the controllers "could handle" are not the software that "handles flight plans": one word is no fusion
        // partner. The sentence with "flight plans" and "6am" is.
        var source = Story("airport-source.txt");
        var target = Doc("The problem started just after 6am, when the software that handles flight plans failed.");

        var alignment = SentenceAligner.Default.Align(source, target).Single();

        source.Sentences[0].Text.Should().Contain("could handle");
        alignment.Source.Should().Equal(1);
    }

    [Theory]
    // "nearly a quarter" is the source's "24 percent" rounded; "nearly a third" is another figure, and without the rule
    // both rewrites share exactly as many words with it.
    [InlineData("by nearly a quarter", "by nearly a third")]
    // The other way round: the source's "almost a fifth" is met by "20 per cent", not by the "35 per cent" of another figure.
    [InlineData("by 20 per cent", "by 35 per cent")]
    public void Align_ShareWrittenAsAFraction_MeetsThePercentageItRounds(string same, string other)
    {
        var source = Doc(
            "Walking briskly for 20 minutes a day cuts the risk of heart disease by almost a fifth, a study found.\n\n" +
            "The study followed 84,000 adults for eight years.\n\n" +
            "The effect was strongest among people over 60, whose risk fell by 24 percent.\n\n" +
            "Walking slowly showed little benefit.",
            "source");
        var sentence = same.Contains("quarter", StringComparison.Ordinal) ? 2 : 0;
        string Target(string share) => sentence == 2
            ? $"Older people appeared to gain the most: among the over-60s, the risk dropped {share}."
            : $"Fast walking each day may lower your chances of getting heart disease {share}, new research suggests.";

        ScoreAgainst(source, sentence, Target(same)).Should().BeGreaterThan(ScoreAgainst(source, sentence, Target(other)));
    }

    [Fact]
    public void Align_ExactPercentageAgainstAFractionThatRoundsIt_FusesTheSentenceGivingTheFigure()
    {
        // "a fifth" rounds the "18 percent" of the sentence that details it; it does not state it, so a target giving
        // "18%" still needs that sentence, and its fusion with the lead keeps it.
        var source = Doc(
            "Walking briskly for 20 minutes a day cuts the risk of heart disease by almost a fifth, according to a study published on Tuesday.\n\n" +
            "Researchers at the University of Carnwick followed 84,000 adults aged 40 to 69 for eight years.\n\n" +
            "Those who walked at a brisk pace for at least 20 minutes daily were 18 percent less likely to develop heart disease.\n\n" +
            "Walking slowly showed little benefit.",
            "source");
        var target = Doc("A brisk 20-minute walk every day was linked to an 18% lower risk of heart disease in a study of 84,000 adults by the University of Carnwick, published on Tuesday.");

        var alignment = SentenceAligner.Default.Align(source, target).Single();

        alignment.Source.Should().Contain(2);
    }

    [Fact]
    public void Align_LeadWhoseOnlyRivalRestatesIt_IsAlignedUnderTheFloor()
    {
        // The lead and the paragraph detailing it both support a rewrite of the lead in other words; the detail matches
        // nothing the lead does not, so it is no rival that makes the match ambiguous (held-out study story, T0).
        var source = Story("study-source.txt");
        var target = Doc("Just twenty minutes of fast walking each day may lower your chances of getting heart disease by nearly 20 per cent, new research suggests.");

        var alignment = SentenceAligner.Default.Align(source, target).Single();

        alignment.Source.Should().Equal(0);
        alignment.Score.Should().BeLessThan(AlignerOptions.Default.MinScore);
    }

    [Fact]
    public void Align_LengthInOtherUnits_IsEvidenceAnotherLengthIsNot()
    {
        // "48 hours" and "two days" are one length, which pins the rewrite to this sentence as a shared number would;
        // "three days" is another length, and without the rule both rewrites share exactly as many words with it.
        var source = Doc(
            "Three wards at Penrose General Hospital have been closed after an outbreak of norovirus.\n\n" +
            "Visitors with symptoms have been told to keep away for 48 hours after they recover.\n\n" +
            "Planned operations have been postponed.\n\n" +
            "Norovirus spreads easily in hospitals and care homes.",
            "source");

        double Score(string length) => ScoreAgainst(source, 1, $"People with symptoms must stay away for {length} once they recover.");

        Score("two days").Should().BeGreaterThan(Score("three days"));
    }

    [Fact]
    public void Align_CountOfAList_MatchesTheListLikeAParaphrase()
    {
        // The same sentence with the wrong count differs only in that word: the right count is supported, the wrong one not.
        var source = Doc("Mayor Ann Ellis of Port Ellis promised centers for finance, trade, shipping, research and tourism.", "source");

        var five = SentenceAligner.Default.Align(source, Doc("Mayor Ann Ellis of Port Ellis promised five centers.")).Single();
        var four = SentenceAligner.Default.Align(source, Doc("Mayor Ann Ellis of Port Ellis promised four centers.")).Single();

        five.Score.Should().BeGreaterThan(four.Score);
    }

    [Fact]
    public void Align_NeighbourWithTwoNewAnchors_JoinsALongSentence()
    {
        var source = Doc(
            "Engineers from the consultancy Pellam & Rook said corrosion had eaten through a third of the steel in two of the six main girders of the Mersey Row bridge. " +
            "Without repairs, the bridge would have to close within three years. " +
            "The council will vote on the plan in June.",
            "source");
        var target = Doc("Consultants Pellam & Rook found rust in a third of the steel of two of the six main girders of the Mersey Row bridge, which would have to shut within three years.");

        var alignment = SentenceAligner.Default.Align(source, target).Single();

        alignment.Source.Should().Equal(0, 1);
    }

    // A visit reported in one sentence, what the visitor said about the place four sentences later (long enough that a name
    // in two sentences is not everywhere).
    private const string VisitSource =
        "On Monday morning, Agriculture Minister Lena Brandt visited the Calder Grain Exchange shortly after arriving by train. " +
        "Officials briefed her on the harvest in the northern valleys. " +
        "Farmers there had lost a fifth of their barley to the summer drought. " +
        "Brandt promised emergency credit for the worst-hit cooperatives. " +
        "The Calder Grain Exchange should widen its trading of barley and oat futures to buyers abroad, she said. " +
        "She then left for the port of Ostrand. " +
        "Dock workers there have been on strike for two weeks over night-shift pay. " +
        "The ferry operator Nordlink cancelled eleven crossings on Sunday. " +
        "Brandt met union leaders in the harbour office for an hour. " +
        "A deal on overtime rates is expected by Friday. " +
        "The opposition accused the government of neglecting rural roads. " +
        "Brandt returns to the capital on Tuesday.";

    [Fact]
    public void Align_DistantSentenceStatingTheVerbNameRelation_JoinsTheGroup()
    {
        // Every word of "Calder Grain Exchange" is matched by the sentence about its trading; only the first sentence
        // says the minister visited it, so it joins though it adds little support of its own. Its neighbour (the
        // briefing) is not vouched for by it.
        var target = Doc("During the trip, the minister also visited the Calder Grain Exchange and said it should widen its trading of barley and oat futures abroad.");

        var alignment = SentenceAligner.Default.Align(Doc(VisitSource, "source"), target).Single();

        alignment.Source.Should().Equal(0, 4);
    }

    [Fact]
    public void Align_DistantSentenceNamingTheNameWithAnotherVerb_DoesNotJoin()
    {
        var source = VisitSource.Replace("visited the Calder Grain Exchange", "praised the Calder Grain Exchange", StringComparison.Ordinal);
        var target = Doc("During the trip, the minister also visited the Calder Grain Exchange and said it should widen its trading of barley and oat futures abroad.");

        var alignment = SentenceAligner.Default.Align(Doc(source, "source"), target).Single();

        alignment.Source.Should().Equal(4);
    }

    // Two tours on two days, reported with dates; the rewrite, published later, names the days of the week.
    private const string ToursSource =
        "date 2024-05-10 Minister tours the northern ports\n\n" +
        "On the morning of May 7, Transport Minister Aron Vale toured the container terminal at Kessel. " +
        "He was shown the automated cranes that unload the largest ships in under a day. " +
        "Dock workers at Kessel have been on strike for two weeks over night-shift pay. " +
        "The ferry operator Nordlink cancelled eleven crossings on the same route. " +
        "On the afternoon of May 8, Vale toured a college in Brill that trains harbour pilots. " +
        "He promised money for a second simulator hall. " +
        "The opposition accused the government of neglecting rural roads.";

    [Theory]
    [InlineData("May 8", true)]
    [InlineData("May 9", false)]
    public void Align_DistantSentenceStatingADatedVerbOfTheTarget_JoinsTheGroup(string secondDay, bool joins)
    {
        // "Tuesday and Wednesday" in a report of May 11 are May 7 and 8. The second tour's sentence shares the minister's
        // name, "toured" and (through the lexicon) "school" for "college" with the target: one new piece of evidence and
        // too little gain for a distant partner. Its date is what says it reports the Wednesday visit; dated May 9, it
        // reports another day and stays out.
        var source = Doc(ToursSource.Replace("May 8", secondDay, StringComparison.Ordinal), "source");
        var target = Doc("date 2024-05-11 Vale visits the north\n\nVale earlier on Tuesday and Wednesday toured the Kessel container terminal and a school.");

        var alignments = SentenceAligner.Default.Align(source, target);

        alignments.SelectMany(a => a.Source).Contains(4).Should().Be(joins);
    }

    [Fact]
    public void Align_WordsInTwoSentencesOfAShortSource_StillCountAsEvidence()
    {
        // The rate-cut story has ten sentences, and "Caledon" (the bank, the Caledon Herald) and "lower" (the forecast,
        // the repayments) each stand in two of them. A fifth of ten sentences is two, so both once read as the pair's
        // topic words and the rewrite's lead kept one anchor, "lowered interest". A word in two sentences of a story is
        // not everywhere in it.
        var source = Story("ratecut-source.txt");
        var target = Doc("date 2026-11-19 Rate cut\n\nBorrowers in Caledon are in line for some relief after the country's central bank lowered interest rates for the first time in more than two years.");

        var alignments = SentenceAligner.Default.Align(source, target);

        alignments.Should().ContainSingle().Which.Source.Should().Equal(0);
    }

    private const string StormSource =
        "date 2026-11-30 Storm leaves thousands without power\n\n" +
        "Nearly 40,000 homes across Dunmore lost power after Storm Ilse brought winds of up to 80mph on Sunday night. " +
        "Fallen trees brought down overhead lines in more than 300 places, the operator said. " +
        "Two schools in Kelby were closed on Monday because they had no heating. " +
        "The Met Office said the worst of the winds had passed, but a yellow warning for rain remains in place until Wednesday.";

    [Theory]
    [InlineData("Wednesday", true)]
    [InlineData("Friday", false)]
    public void Align_ParaphraseNamingTheSameDay_TakesTheDayAsEvidence(string day, bool aligned)
    {
        // The rewrite shares one specific fact in words ("rain warnings", one phrase) and names the source's day: the
        // forecast's "until Wednesday", read a day later. Day names weigh nothing as terms, so without the shared day
        // the sentence has one piece of evidence and stays unaligned; with another day it states another forecast.
        var source = Doc(StormSource, "source");
        var target = Doc($"date 2026-12-01 Thousands still in the dark\n\nForecasters say the strongest winds are over, although rain warnings last until {day}.");

        var alignments = SentenceAligner.Default.Align(source, target);

        alignments.Any(a => a.Source.Contains(3)).Should().Be(aligned);
    }

    [Theory]
    [InlineData("in September", true)]
    [InlineData("on September 12", true)]
    [InlineData("in October", false)]
    [InlineData("on October 12", false)]
    public void Align_ParaphraseNamingTheSameMonth_TakesTheMonthAsEvidence(string when, bool aligned)
    {
        // One name in common ("Simon Hart"; "United" stems as "unit" and "nations" is generic) and the month he went:
        // a month named alone is a fact both sentences state, as a day is, and a day in that month states it too (the
        // source only says when less exactly); another month is another resignation.
        var source = Story("byelection-source.txt");
        var target = Doc($"date 2026-11-28 Midwife wins Harrowdale North\n\nThe seat fell vacant when Simon Hart stood down as an MP {when} for a job with the United Nations.");

        var alignments = SentenceAligner.Default.Align(source, target);

        alignments.Any(a => a.Source.Contains(4)).Should().Be(aligned);
    }

    [Theory]
    [InlineData("in July", new[] { 5, 6 })]
    [InlineData("on July 15", new[] { 5, 6 })]
    [InlineData("in June", new[] { 5 })]
    [InlineData("on June 15", new[] { 5 })]
    public void Align_NeighbourStatingTheTargetsDatedVerb_IsFused(string when, int[] sources)
    {
        // S5 holds the speech and the closure ("closure of the maternity unit"), so S6 ("The unit shut in July") adds no
        // word the group lacks; what it adds is when: the target's "closed its unit in July". A month is no term, so
        // only the dated verb (a verb beside a day or a month named alone) tells the fused sentence from a neighbour.
        // A day in that month is the same fact told more exactly; a day in another month is not.
        var source = Story("byelection-source.txt");
        var target = Doc($"date 2026-11-28 Midwife wins Harrowdale North\n\nOkafor told supporters the result was \"a clear message\" over the loss of maternity care at Harrowdale General, which closed its unit {when}.");

        var alignments = SentenceAligner.Default.Align(source, target);

        alignments.Should().ContainSingle().Which.Source.Should().Equal(sources);
    }

    [Fact]
    public void Align_NeighbourLendingOneGeneralWord_IsNotFused()
    {
        // S0 holds the result and the word "candidate"; S1 holds both candidates' votes. The target restates S1 and
        // takes "candidate" from nowhere in particular: S0 brings no specific evidence and one more word, not a fact.
        var source = Story("byelection-source.txt");
        var target = Doc("date 2026-11-28 Midwife wins Harrowdale North\n\nShe polled 9,872 votes to 8,668 for the Labour candidate, Daniel Reeve.");

        var alignments = SentenceAligner.Default.Align(source, target);

        alignments.Should().ContainSingle().Which.Source.Should().Equal(1);
    }

    [Fact]
    public void Align_Split_TwoTargetSentencesShareOneSource()
    {
        var target = Doc("Mortgage rates climbed to 7.2 percent. That is the highest level since 2001.");

        var alignments = SentenceAligner.Default.Align(Doc(Source, "source"), target);

        alignments.Should().ContainSingle();
        alignments[0].Source.Should().Equal(4);
        alignments[0].Target.Should().Equal(0, 1);
    }

    [Fact]
    public void Align_Reordered_EachSentenceFindsItsSource()
    {
        var target = Doc(
            "The bank trimmed its growth forecast for next year to 1.4 percent. " +
            "Goldman Sachs economists see one more increase before summer. " +
            "The Federal Reserve raised its benchmark rate by a quarter point on Wednesday.");

        var alignments = SentenceAligner.Default.Align(Doc(Source, "source"), target);

        alignments.Select(a => (a.Target[0], a.Source[0])).Should().Equal((0, 6), (1, 5), (2, 0));
    }

    [Fact]
    public void Align_AddedMaterial_StaysUnaligned()
    {
        var target = Doc(
            "The Federal Reserve raised its benchmark rate by a quarter point on Wednesday. " +
            "Separately, Tesla recalled 120,000 vehicles over faulty seat belts in Norway.");

        var alignments = SentenceAligner.Default.Align(Doc(Source, "source"), target);

        alignments.SelectMany(a => a.Target).Should().Equal(0);
    }

    [Fact]
    public void Align_GenericVocabularyOnly_StaysUnaligned()
    {
        // Shares "promote high-quality development and further opening up" with the source's last sentence, nothing specific.
        var target = Doc(
            "Provincial leaders in Guangdong held a symposium on Friday about port logistics. " +
            "They vowed to promote high-quality development and further opening up.");

        var alignments = SentenceAligner.Default.Align(Doc(Source, "source"), target);

        alignments.Should().BeEmpty();
    }

    [Fact]
    public void Align_QuotedGenericPhrase_AlignsToTheSentenceStatingIt()
    {
        // The same generic words as Align_GenericVocabularyOnly_StaysUnaligned, but quoted: a quotation the source states
        // verbatim is evidence of the same statement.
        var target = Doc(
            "Provincial leaders in Guangdong held a symposium on Friday about port logistics. " +
            "A spokesman repeated that \u201Cthey would promote high-quality development and further opening up\u201D.");

        var alignments = SentenceAligner.Default.Align(Doc(Source, "source"), target);

        alignments.Should().ContainSingle().Which.Target.Should().Equal(1);
        alignments[0].Source.Should().Equal(7);
    }

    [Theory]
    [InlineData("Jerome Powell is a lawyer by training.", false)]
    [InlineData("Jerome Powell spoke to the press in Washington.", true)]
    public void Align_OneSharedName_IsOnePieceOfEvidence(string text, bool aligned)
    {
        // "Jerome Powell" is one fact however many words it has: alone it anchors nothing; with "Washington" it is two.
        var alignments = SentenceAligner.Default.Align(Doc(Source, "source"), Doc(text));

        alignments.SelectMany(a => a.Source).Should().Equal(aligned ? [1] : []);
    }

    [Fact]
    public void Align_Morphology_MatchesWordVariants()
    {
        var target = Doc("Goldman Sachs economists are expecting another increase before summer.");

        var alignment = SentenceAligner.Default.Align(Doc(Source, "source"), target).Single();

        alignment.Source.Should().Equal(5);
    }

    [Fact]
    public void Align_ResultsAreOrderedAndScoresInRange()
    {
        var target = Doc(Source, "copy");

        var alignments = SentenceAligner.Default.Align(Doc(Source, "source"), target);

        alignments.Select(a => a.Target[0]).Should().BeInAscendingOrder();
        alignments.Should().OnlyContain(a => a.Score >= 0 && a.Score <= 1 && a.Kind == AlignmentKind.Verbatim);
        alignments.SelectMany(a => a.Target).Should().HaveCount(target.Sentences.Count);
    }

    [Theory]
    [InlineData(nameof(AlignerOptions.MinScore))]
    [InlineData(nameof(AlignerOptions.MaxSourcesPerTarget))]
    [InlineData(nameof(AlignerOptions.SoftMatchMin))]
    [InlineData(nameof(AlignerOptions.SymmetricWeight))]
    [InlineData(nameof(AlignerOptions.CharWeight))]
    public void Options_OutOfRange_ThrowsNamingTheOption(string name)
    {
        var options = name switch
        {
            nameof(AlignerOptions.MinScore) => new AlignerOptions { MinScore = 0 },
            nameof(AlignerOptions.MaxSourcesPerTarget) => new AlignerOptions { MaxSourcesPerTarget = 0 },
            nameof(AlignerOptions.SymmetricWeight) => new AlignerOptions { SymmetricWeight = 1.5 },
            nameof(AlignerOptions.CharWeight) => new AlignerOptions { CharWeight = -0.1 },
            _ => new AlignerOptions { SoftMatchMin = 1.5 },
        };

        var act = () => new SentenceAligner(options);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{name}*");
    }
}
