using CorpusDiff.Claims;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Claims;

public class LexicalIndexTests
{
    private static readonly string[] Words = ["port", "profit", "the", "terminal", "minister", "rose", "a", "of", "record", "rail"];

    [Fact]
    public void Support_RandomTexts_MatchesPlainPerSentenceReference()
    {
        var random = new Random(12345);
        for (var round = 0; round < 40; round++)
        {
            var source = TestDocuments.Body(RandomText(random, random.Next(1, 8)));
            var target = TestDocuments.Body(RandomText(random, 1));
            var index = new LexicalIndex(source);
            var sentence = target.Sentences[0];
            var weight = random.NextDouble();

            var fast = index.Support(target.Tokens, sentence.FirstToken, sentence.TokenCount, weight);

            var reference = Reference(source, target.TokensOf(sentence).Select(t => t.Text).ToArray(), weight);
            fast.Should().HaveCount(reference.Length);
            for (var s = 0; s < reference.Length; s++)
            {
                fast[s].Should().BeApproximately(reference[s], 1e-9);
            }
        }
    }

    [Theory]
    [InlineData("year-old", 2)]
    [InlineData("mother-in-law", 3)]
    [InlineData("saint-germain", 2)]
    [InlineData("port", 1)]
    [InlineData("-5", 1)]
    [InlineData("e-", 1)]
    [InlineData("a--b", 1)]
    [InlineData("5-4", 1)]
    public void PartCount_Word_CountsTheHyphenSeparatedPartsOfAWord(string word, int parts)
    {
        LexicalIndex.PartCount(word).Should().Be(parts);
    }

    [Theory]
    [InlineData("The 27-year-old striker joined Paris Saint-Germain in a record-breaking deal.", "The 27 - year - old striker joined Paris Saint - Germain in a record - breaking deal.")]
    [InlineData("The 27 - year - old striker joined Paris Saint - Germain in a record - breaking deal.", "The 27-year-old striker joined Paris Saint-Germain in a record-breaking deal.")]
    public void Support_SpacedHyphensAgainstJoinedOnes_ScoresAsACopy(string sourceText, string targetText)
    {
        // Tokenised summaries (PTB style) space the hyphens their articles join: either spelling must meet the other.
        var source = TestDocuments.Body(sourceText + " The club confirmed the fee on Monday.");
        var target = TestDocuments.Body(targetText);
        var index = new LexicalIndex(source);
        var sentence = target.Sentences[0];

        index.Support(target.Tokens, sentence.FirstToken, sentence.TokenCount, 0.5).Best.Should().BeApproximately(1.0, 1e-9);
        index.WindowSupport(target.Tokens, sentence.FirstToken, sentence.TokenCount, 0.5, 3).Should().BeApproximately(1.0, 1e-9);
    }

    [Fact]
    public void ContainsAnywhere_HyphenatedWordTheSourceSpaces_IsFoundAndOneItLacksIsNot()
    {
        var index = new LexicalIndex(TestDocuments.Body("The 27 - year - old striker joined the club."));

        index.ContainsAnywhere("year-old").Should().BeTrue();
        index.Contains(0, "year-old").Should().BeTrue();
        index.ContainsAnywhere("year-long").Should().BeFalse();
        index.Idf("year-long").Should().Be(index.Idf("unheard"));
    }

    [Fact]
    public void NamesAnywhere_PossessiveAndBareForm_MeetEachOther()
    {
        var index = new LexicalIndex(TestDocuments.Body("Mr Varadkar's predecessor stepped down. The council met."));

        index.NamesAnywhere("varadkar").Should().BeTrue();
        index.NamesAnywhere("council's").Should().BeTrue();
        index.NamesAnywhere("kenny").Should().BeFalse();
        index.ContainsAnywhere("varadkar").Should().BeFalse("support does not fold possessives");
    }

    [Fact]
    public void Support_RepeatedSource_MatchesPlainPerSentenceReference()
    {
        var random = new Random(777);
        for (var round = 0; round < 30; round++)
        {
            var once = RandomText(random, random.Next(1, 5));
            var source = TestDocuments.Body(string.Join(' ', Enumerable.Repeat(once, random.Next(2, 5))) + " " + RandomText(random, 2));
            var target = TestDocuments.Body(RandomText(random, 1));
            var sentence = target.Sentences[0];

            var fast = new LexicalIndex(source).Support(target.Tokens, sentence.FirstToken, sentence.TokenCount, 0.5);

            var reference = Reference(source, target.TokensOf(sentence).Select(t => t.Text).ToArray(), 0.5);
            fast.Should().HaveCount(reference.Length);
            for (var s = 0; s < reference.Length; s++)
            {
                fast[s].Should().BeApproximately(reference[s], 1e-9, $"round {round}, sentence {s}");
            }
        }
    }

    [Fact]
    public void Check_SourceRepeatedThreeTimes_FindsTheSameDivergencesAsOnce()
    {
        var once = string.Join(' ', TestDocuments.File(Path.Combine(TestSupport.Repository.Samples, "wire-source.txt")).Sentences.Select(s => s.Text));
        var target = TestDocuments.File(Path.Combine(TestSupport.Repository.Samples, "rewrite-drift.txt"));

        var single = ClaimChecker.Default.Check(TestDocuments.Body(once, "2024-03-07", "source"), target);
        var repeated = ClaimChecker.Default.Check(TestDocuments.Body(string.Join(' ', once, once, once), "2024-03-07", "source"), target);

        repeated.Divergences.Select(d => (d.Kind, d.Relation, d.Severity, d.TargetSpan)).Should().Equal(single.Divergences.Select(d => (d.Kind, d.Relation, d.Severity, d.TargetSpan)));
        single.Divergences.Should().Contain(d => d.Relation == DivergenceRelation.Contradicts);
    }

    [Fact]
    public void Support_CopiedSentence_ScoresOneAgainstItsSource()
    {
        var source = TestDocuments.Body("The port rose. A minister came.");
        var target = TestDocuments.Body("A minister came.");

        var scores = new LexicalIndex(source).Support(target.Tokens, 0, target.Tokens.Count, 0.5);

        scores[1].Should().BeApproximately(1.0, 1e-12);
        scores[0].Should().Be(0);
    }

    [Fact]
    public void Check_PreparedSource_GivesTheSameReportAsTheDocument()
    {
        var source = TestDocuments.Body("Net profit climbed 11% to 512 million euros. Xi inspected a financial institution in the city.", "2023-03-05");
        var target = TestDocuments.Body("Net profit climbed 11% to 521 million euros. Xi visited financial institutions in the city.", "2023-03-05");
        var prepared = ClaimChecker.Default.Prepare(source);

        var direct = ClaimChecker.Default.Check(source, target);
        var viaPrepared = ClaimChecker.Default.Check(prepared, target);

        viaPrepared.Consistency.Should().Be(direct.Consistency);
        viaPrepared.SentenceConsistency.Should().Equal(direct.SentenceConsistency);
        viaPrepared.Divergences.Should().BeEquivalentTo(direct.Divergences);
        direct.Divergences.Should().HaveCount(2);
    }

    [Fact]
    public void Ranked_RandomSources_MatchesTheFullSortReference()
    {
        var random = new Random(4242);
        for (var round = 0; round < 60; round++)
        {
            // Up to 30 sentences from a 10-word vocabulary: many ties and repeats, and more classes than are scanned.
            var source = TestDocuments.Body(RandomText(random, random.Next(1, 30)));
            var target = TestDocuments.Body(RandomText(random, 1));
            var index = new LexicalIndex(source);
            var sentence = target.Sentences[0];
            var support = index.Support(target.Tokens, sentence.FirstToken, sentence.TokenCount, random.NextDouble());

            var reference = Enumerable.Range(0, source.Sentences.Count)
                .Where(s => index.Representative(index.ClassOf(s)) == s)
                .OrderByDescending(s => support[s]).ThenBy(s => s)
                .ToList();

            support.Ranked().Should().Equal(reference, $"round {round}");
            support.Ranked().Take(2).Should().Equal(reference.Take(2), $"round {round}");
            support.Ranked().FirstOrDefault(-1).Should().Be(reference.FirstOrDefault(-1));
        }
    }

    [Fact]
    public void WindowSupport_InterleavedLongAndShortSources_MatchesPlainWindowReference()
    {
        var random = new Random(9001);
        for (var round = 0; round < 30; round++)
        {
            // A long source first leaves its (pooled) scratch behind; the short one must not see any of it.
            var sources = new[] { RandomText(random, random.Next(20, 40)), RandomText(random, random.Next(1, 6)) };
            foreach (var text in sources)
            {
                var source = TestDocuments.Body(text);
                var target = TestDocuments.Body(RandomText(random, 1));
                var sentence = target.Sentences[0];
                var maxWindow = random.Next(1, 4);

                var fast = new LexicalIndex(source).WindowSupport(target.Tokens, sentence.FirstToken, sentence.TokenCount, 0.5, maxWindow);

                var words = target.TokensOf(sentence).Select(t => t.Text).ToArray();
                fast.Should().BeApproximately(WindowReference(source, words, 0.5, maxWindow), 1e-9, $"round {round}");
            }
        }
    }

    private static double WindowReference(Document source, string[] target, double unigramWeight, int maxWindow)
    {
        var sentences = ReferenceSentences(source);
        double Idf(string w) => ReferenceIdf(sentences, w);

        var best = 0.0;
        for (var w = 1; w <= maxWindow; w++)
        {
            for (var a = 0; a + w <= sentences.Length; a++)
            {
                var window = sentences.Skip(a).Take(w).ToArray();
                var words = window.SelectMany(s => s).ToHashSet();
                var pairs = window.SelectMany(s => s.Zip(s.Skip(1))).ToHashSet();
                best = Math.Max(best, ReferenceSupport(words, pairs, target, Idf, unigramWeight));
            }
        }

        return best;
    }

    private static string RandomText(Random random, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ =>
            string.Join(' ', Enumerable.Range(0, random.Next(1, 9)).Select(_ => Words[random.Next(Words.Length)])) + "."));

    private static double[] Reference(Document source, string[] target, double unigramWeight)
    {
        var sentences = ReferenceSentences(source);
        double Idf(string w) => ReferenceIdf(sentences, w);

        var result = new double[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var words = sentences[s];
            var pairs = words.Zip(words.Skip(1)).ToHashSet();
            result[s] = ReferenceSupport(words.ToHashSet(), pairs, target, Idf, unigramWeight);
        }

        return result;
    }

    private static string[][] ReferenceSentences(Document source) =>
        source.Sentences.Select(s => source.TokensOf(s).Select(t => t.Text).ToArray()).ToArray();

    private static double ReferenceIdf(string[][] sentences, string word)
    {
        var df = sentences.Count(s => s.Contains(word));
        return df == 0 ? Math.Log((sentences.Length + 1) / 0.5) : Math.Log((sentences.Length + 1) / (df + 0.5));
    }

    /// <summary>The plain definition of support: the IDF-weighted share of the target's words and adjacent word pairs found in the given words and pairs.</summary>
    private static double ReferenceSupport(HashSet<string> words, HashSet<(string, string)> pairs, string[] target, Func<string, double> idf, double unigramWeight)
    {
        double u = 0, ut = 0, b = 0, bt = 0;
        for (var k = 0; k < target.Length; k++)
        {
            ut += idf(target[k]);
            u += words.Contains(target[k]) ? idf(target[k]) : 0;
            if (k > 0)
            {
                var pw = (idf(target[k - 1]) + idf(target[k])) / 2;
                bt += pw;
                b += pairs.Contains((target[k - 1], target[k])) ? pw : 0;
            }
        }

        var uu = ut > 0 ? u / ut : 0;
        var bb = bt > 0 ? b / bt : uu;
        return (unigramWeight * uu) + ((1 - unigramWeight) * bb);
    }
}
