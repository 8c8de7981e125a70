using CorpusDiff.Diffing;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Diffing;

public class WordDiffTests
{
    private static readonly string[] Vocabulary = ["the", "port", "rose", "fell", "12%", "minister", "said", "new", "terminal", "of", "a", "Rotterdam"];

    [Fact]
    public void Diff_IdenticalWords_IsOneEqualRunWithBothTexts()
    {
        var diff = WordDiff.Default.Diff("Profit rose 11%", "profit ROSE\n11%");

        diff.Should().ContainSingle();
        diff[0].Operation.Should().Be(DiffOperation.Equal);
        diff[0].Text.Should().Be("Profit rose 11%");
        diff[0].TargetText.Should().Be("profit ROSE\n11%");
        diff[0].TokenCount.Should().Be(3);
    }

    [Fact]
    public void Diff_DroppedPunctuationBetweenEqualWords_IsAnEditOfItsOwn()
    {
        var diff = WordDiff.Default.Diff("The authority (SMPA) handled a record.", "The authority (SMPA handled a record.");

        diff.Select(s => (s.Operation, s.Text)).Should().Equal(
            (DiffOperation.Equal, "The authority (SMPA"),
            (DiffOperation.Delete, ")"),
            (DiffOperation.Equal, " handled a record."));
        diff[1].TokenCount.Should().Be(0);
    }

    [Fact]
    public void Diff_RandomTexts_JoinedRunsAreEachSidesTextExactly()
    {
        var random = new Random(20261130);
        string[] marks = [" ", " ", " ", ", ", ". ", " (", ") ", "\n", " “", "” ", "; ", " - ", "  "];
        string Text() =>
            string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ =>
                (random.Next(4) == 0 ? marks[random.Next(marks.Length)] : " ") + Vocabulary[random.Next(Vocabulary.Length)]))
            + (random.Next(2) == 0 ? "." : string.Empty);
        for (var round = 0; round < 500; round++)
        {
            var source = random.Next(3) == 0 ? Text() : Mutate(random, Text()).Replace(",", random.Next(2) == 0 ? ";" : ",", StringComparison.Ordinal);
            var target = random.Next(3) == 0 ? Text() : Mutate(random, source) + (random.Next(2) == 0 ? "!" : string.Empty);
            foreach (var cleanup in new[] { true, false })
            {
                var diff = new WordDiff(new WordDiffOptions { SemanticCleanup = cleanup }).Diff(source, target);

                string.Concat(diff.Where(s => s.Operation != DiffOperation.Insert).Select(s => s.Text)).Should().Be(source, $"round {round}: equal+delete runs are the source");
                string.Concat(diff.Where(s => s.Operation != DiffOperation.Delete).Select(s => s.TargetText)).Should().Be(target, $"round {round}: equal+insert runs are the target");
                foreach (var segment in diff.Where(s => s.Operation == DiffOperation.Equal))
                {
                    Words(segment.Text).Should().Equal(Words(segment.TargetText), $"round {round}: an equal run has the same words on both sides");
                }
            }
        }
    }

    [Fact]
    public void Diff_SentenceGroups_JoinedRunsAreEachSidesSentencesExactly()
    {
        var random = new Random(7);
        var source = Corpus.Parse("The port (SMPA) handled 15.2 million TEU. “Profit rose,” she said.\n\nA new terminal opened. Unrelated words here. Delta said no.", "s");
        var target = Corpus.Parse("The port handled 15.2 million TEU in 2023; profit rose, she said. A terminal opened! Delta said: yes.", "t");
        for (var round = 0; round < 100; round++)
        {
            var sources = Enumerable.Range(0, source.Sentences.Count).Where(_ => random.Next(2) == 0).ToArray();
            var targets = Enumerable.Range(0, target.Sentences.Count).Where(_ => random.Next(2) == 0).ToArray();
            var diff = WordDiff.Default.Diff(source, sources, target, targets);

            string.Concat(diff.Where(s => s.Operation != DiffOperation.Insert).Select(s => s.Text)).Should().Be(Joined(source, sources));
            string.Concat(diff.Where(s => s.Operation != DiffOperation.Delete).Select(s => s.TargetText)).Should().Be(Joined(target, targets));
        }
    }

    [Fact]
    public void Diff_ChangedWord_DeleteThenInsertWithOriginalText()
    {
        var diff = WordDiff.Default.Diff("Net profit climbed 11% to 512 million euros.", "Net profit climbed 11% to 521 million euros.");

        diff.Select(s => (s.Operation, s.Text)).Should().Equal(
            (DiffOperation.Equal, "Net profit climbed 11% to "),
            (DiffOperation.Delete, "512 "),
            (DiffOperation.Insert, "521 "),
            (DiffOperation.Equal, "million euros."));
    }

    [Fact]
    public void Diff_SpansPointIntoTheOriginalTexts()
    {
        const string source = "The minister, Pieter Jansen, opened it.";
        const string target = "Jansen opened the terminal.";
        var diff = WordDiff.Default.Diff(source, target);

        foreach (var segment in diff)
        {
            if (segment.SourceSpan is { } s)
            {
                source[s.Start..s.End].Should().Be(segment.Text);
            }

            if (segment.Operation == DiffOperation.Insert)
            {
                var t = segment.TargetSpan!.Value;
                target[t.Start..t.End].Should().Be(segment.Text);
            }
        }
    }

    [Fact]
    public void Diff_ShortEqualityBetweenLongerEdits_IsFoldedByCleanup()
    {
        const string source = "officials from the ministry announced";
        const string target = "a spokesman for the government confirmed";

        var raw = new WordDiff(new WordDiffOptions { SemanticCleanup = false }).Diff(source, target);
        var clean = WordDiff.Default.Diff(source, target);

        raw.Should().Contain(s => s.Operation == DiffOperation.Equal && s.Text == "the ");
        clean.Should().NotContain(s => s.Operation == DiffOperation.Equal);
        clean.Select(s => s.Operation).Should().Equal(DiffOperation.Delete, DiffOperation.Insert);
    }

    [Fact]
    public void Diff_LongSharedPhrase_IsKeptByCleanup()
    {
        var diff = WordDiff.Default.Diff(
            "He visited the Shanghai Futures Exchange on Tuesday.",
            "Xi toured the Shanghai Futures Exchange first.");

        diff.Should().Contain(s => s.Operation == DiffOperation.Equal && s.Text == "the Shanghai Futures Exchange ");
    }

    [Fact]
    public void Diff_RandomEdits_ReproducesBothSides()
    {
        var random = new Random(12345);
        for (var round = 0; round < 300; round++)
        {
            var source = RandomText(random);
            var target = Mutate(random, source);
            foreach (var cleanup in new[] { true, false })
            {
                var diff = new WordDiff(new WordDiffOptions { SemanticCleanup = cleanup }).Diff(source, target);

                Words(diff.Where(s => s.Operation != DiffOperation.Insert)).Should().Equal(Words(source), $"round {round}: equal+delete rebuild the source");
                Words(diff.Where(s => s.Operation != DiffOperation.Delete), useTarget: true, target).Should().Equal(Words(target), $"round {round}: equal+insert rebuild the target");
            }
        }
    }

    [Fact]
    public void Diff_RandomEdits_EqualWordsMatchReferenceLcsLength()
    {
        var random = new Random(12345);
        for (var round = 0; round < 300; round++)
        {
            var source = RandomText(random);
            var target = Mutate(random, source);
            var diff = new WordDiff(new WordDiffOptions { SemanticCleanup = false }).Diff(source, target);

            var equal = diff.Where(s => s.Operation == DiffOperation.Equal).Sum(s => s.TokenCount);
            equal.Should().Be(ReferenceLcs(Words(source), Words(target)), $"round {round}: Myers finds a shortest edit script");
        }
    }

    [Fact]
    public void Diff_SentenceGroups_RunsNeverSpanSkippedSentences()
    {
        var source = Corpus.Parse("Alpha beta gamma. Unrelated words here. Delta epsilon zeta.", "s");
        var target = Corpus.Parse("Omega psi chi phi.", "t");

        var diff = WordDiff.Default.Diff(source, [0, 2], target, [0]);

        diff.Should().NotContain(s => s.Text.Contains("Unrelated", StringComparison.Ordinal));
        diff.Where(s => s.Operation == DiffOperation.Delete).Select(s => s.Text).Should().Equal("Alpha beta gamma.", "Delta epsilon zeta.");
    }

    [Fact]
    public void Diff_EmptySides_AreAllInsertOrAllDelete()
    {
        WordDiff.Default.Diff(string.Empty, "new words").Select(s => s.Operation).Should().Equal(DiffOperation.Insert);
        WordDiff.Default.Diff("old words", string.Empty).Select(s => s.Operation).Should().Equal(DiffOperation.Delete);
        WordDiff.Default.Diff(string.Empty, string.Empty).Should().BeEmpty();
    }

    [Fact]
    public void Options_OutOfRange_ThrowsNamingTheOption()
    {
        var act = () => new WordDiff(new WordDiffOptions { MaxFoldedEquality = -1 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxFoldedEquality*");
    }

    /// <summary>The sentences' text, with the whitespace between neighbours and nothing of the sentences skipped.</summary>
    private static string Joined(Document document, int[] sentences)
    {
        var text = new System.Text.StringBuilder();
        for (var k = 0; k < sentences.Length; k++)
        {
            var sentence = document.Sentences[sentences[k]];
            if (k > 0 && sentences[k - 1] == sentence.Index - 1)
            {
                text.Append(document.Text.AsSpan(document.Sentences[sentences[k - 1]].End, sentence.Start - document.Sentences[sentences[k - 1]].End));
            }

            text.Append(document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start));
        }

        return text.ToString();
    }

    private static string RandomText(Random random)
    {
        var count = random.Next(0, 25);
        return string.Join(" ", Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])) + ".";
    }

    private static string Mutate(Random random, string text)
    {
        var words = text.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var edits = random.Next(0, 8);
        for (var i = 0; i < edits; i++)
        {
            var op = random.Next(3);
            if (op == 0 || words.Count == 0)
            {
                words.Insert(random.Next(words.Count + 1), Vocabulary[random.Next(Vocabulary.Length)]);
            }
            else if (op == 1)
            {
                words.RemoveAt(random.Next(words.Count));
            }
            else
            {
                words[random.Next(words.Count)] = Vocabulary[random.Next(Vocabulary.Length)];
            }
        }

        return string.Join(", ", words) + ".";
    }

    private static List<string> Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToList();

    private static List<string> Words(IEnumerable<DiffSegment> segments, bool useTarget = false, string? target = null) =>
        segments.SelectMany(s => Words(useTarget && s.Operation == DiffOperation.Equal ? target![s.TargetSpan!.Value.Start..s.TargetSpan!.Value.End] : s.Text)).ToList();

    private static int ReferenceLcs(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Count, b.Count];
    }
}
