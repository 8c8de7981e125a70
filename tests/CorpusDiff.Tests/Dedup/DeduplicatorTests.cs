using CorpusDiff.Dedup;
using CorpusDiff.Documents;
using CorpusDiff.TestSupport;

namespace CorpusDiff.Tests.Dedup;

public class DeduplicatorTests
{
    private const string Story =
        "Officials in the river city opened a new flood barrier on Monday after four years of construction. "
        + "The barrier spans two kilometres and cost 310 million dollars, according to the regional water agency. "
        + "Engineers said it can hold back a surge three metres higher than the record flood of 1998. "
        + "Residents of the low-lying eastern districts welcomed the project but complained about the noise. "
        + "The mayor said the city would next repair the old harbour walls, which date from the nineteenth century. "
        + "Work on the harbour is expected to begin in the spring and to last at least two years. "
        + "Critics argued that the money would have been better spent on moving homes away from the river banks. "
        + "The agency rejected that view and said the barrier protects more than forty thousand people.";

    [Fact]
    public void Deduplicate_GeneratedCorpus_HighPrecisionAndRecall()
    {
        var generator = new CorpusGenerator(400, seed: 777);

        var result = Deduplicator.Default.Deduplicate(Enumerable.Range(0, generator.Count), i => Corpus.Parse(generator.TextOf(i), CorpusGenerator.IdOf(i)));

        var truth = Enumerable.Range(0, generator.Count).ToLookup(generator.ClusterOf);
        var groupOf = result.Groups.SelectMany((g, n) => g.Members.Select(m => (m.Id, n))).ToDictionary(x => x.Id, x => x.n);
        long predicted = 0, correct = 0, expected = 0;
        for (var i = 0; i < generator.Count; i++)
        {
            for (var j = i + 1; j < generator.Count; j++)
            {
                var same = groupOf[CorpusGenerator.IdOf(i)] == groupOf[CorpusGenerator.IdOf(j)];
                var dup = generator.ClusterOf(i) == generator.ClusterOf(j);
                predicted += same ? 1 : 0;
                expected += dup ? 1 : 0;
                correct += same && dup ? 1 : 0;
            }
        }

        expected.Should().BeGreaterThan(50, "the generator plants copies");
        ((double)correct / predicted).Should().BeGreaterThan(0.98);
        ((double)correct / expected).Should().BeGreaterThan(0.95);
        truth.Should().NotBeEmpty();
    }

    [Fact]
    public void Deduplicate_EveryDocumentInExactlyOneGroup()
    {
        var generator = new CorpusGenerator(200, seed: 5);

        var result = Deduplicator.Default.Deduplicate(Enumerable.Range(0, generator.Count), i => Corpus.Parse(generator.TextOf(i), CorpusGenerator.IdOf(i)));

        result.Groups.SelectMany(g => g.Members).Select(m => m.Id).Should().BeEquivalentTo(result.Documents.Select(d => d.Id)).And.OnlyHaveUniqueItems();
        result.Groups.Should().OnlyContain(g => g.Members[0].Id == g.Representative && g.Members[0].Relation == DedupRelation.Representative);
    }

    [Fact]
    public void Deduplicate_CopiesOfOneStory_RelationsAndScores()
    {
        var words = Story.Split(' ');
        var edited = Story.Replace("four years", "years", StringComparison.Ordinal);
        var shortened = string.Join(' ', words.Take(words.Length * 6 / 10));
        var docs = new[]
        {
            Corpus.Parse(Story, "original"),
            Corpus.Parse(Story.Replace(". ", ".\n", StringComparison.Ordinal).ToUpperInvariant(), "upper-copy"),
            Corpus.Parse(edited, "edited"),
            Corpus.Parse(shortened, "shortened"),
            Corpus.Parse("A completely different report about a football match that ended in a draw after extra time.", "other"),
        };

        var result = Deduplicator.Default.Deduplicate(docs);

        result.Groups.Should().HaveCount(2);
        var group = result.Groups[0];
        group.Representative.Should().Be("original");
        group.Members.Select(m => (m.Id, m.Relation)).Should().Equal(
            ("original", DedupRelation.Representative),
            ("upper-copy", DedupRelation.Exact),
            ("edited", DedupRelation.NearDuplicate),
            ("shortened", DedupRelation.Contained));
        var contained = group.Members.Single(m => m.Id == "shortened");
        contained.Containment.Should().Be(1);
        contained.Jaccard.Should().BeLessThan(0.8);
        result.Pairs.Should().Contain(p => p.A == "original" && p.B == "edited" && p.EstimatedJaccard != null && p.Score >= 0.8);
    }

    [Theory]
    [InlineData(DedupMethod.SimHash)]
    [InlineData(DedupMethod.Exact)]
    public void Deduplicate_OtherMethods_FindExactCopies(DedupMethod method)
    {
        var docs = new[] { Corpus.Parse(Story, "a"), Corpus.Parse(Story + " ", "b"), Corpus.Parse("Unrelated text about cooking pasta well.", "c") };

        var result = new Deduplicator(new DedupOptions { Method = method }).Deduplicate(docs);

        result.Groups.Select(g => g.Members.Count).Should().Equal(2, 1);
        result.Pairs.Should().ContainSingle().Which.Relation.Should().Be(DedupRelation.Exact);
    }

    [Fact]
    public void Deduplicate_MostComplete_PicksTheFullStory()
    {
        var words = Story.Split(' ');
        var docs = new[]
        {
            Corpus.Parse(string.Join(' ', words.Take(words.Length * 7 / 10)), "part"),
            Corpus.Parse(Story, "full"),
            Corpus.Parse(string.Join(' ', words.Take(words.Length / 2)), "half"),
        };

        var result = new Deduplicator(new DedupOptions { Representative = RepresentativeChoice.MostComplete }).Deduplicate(docs);

        result.Groups.Should().ContainSingle().Which.Representative.Should().Be("full");
    }

    [Fact]
    public void Deduplicate_EarliestPublished_PicksTheFirstDatedCopy()
    {
        var docs = new[]
        {
            Corpus.Parse("date 2023-12-05\n\n" + Story, "late"),
            Corpus.Parse("date 2023-12-01\n\n" + Story, "early"),
            Corpus.Parse(Story + " One more sentence makes this copy the longest of all three.", "undated"),
        };

        var result = new Deduplicator(new DedupOptions { Representative = RepresentativeChoice.EarliestPublished }).Deduplicate(docs);

        docs[1].Published.Should().Be(new DateOnly(2023, 12, 1));
        result.Groups.Should().ContainSingle().Which.Representative.Should().Be("early");
        result.Documents.Single(d => d.Id == "early").Published.Should().Be(new DateOnly(2023, 12, 1));
    }

    [Fact]
    public void Deduplicate_DuplicateIds_Throws()
    {
        var act = () => Deduplicator.Default.Deduplicate([Corpus.Parse("a b c", "x"), Corpus.Parse("d e f", "x")]);

        act.Should().Throw<ArgumentException>().WithMessage("*'x'*");
    }

    [Fact]
    public void Deduplicate_UnreadableFile_ThrowsTheParserErrorUnwrapped()
    {
        var act = () => Deduplicator.Default.DeduplicateFiles(["/no/such/file.txt"]);

        act.Should().Throw<IOException>();
    }

    [Theory]
    [InlineData(nameof(DedupOptions.Threshold))]
    [InlineData(nameof(DedupOptions.Permutations))]
    [InlineData(nameof(DedupOptions.ShingleSize))]
    public void Options_OutOfRange_ThrowsNamingTheOption(string name)
    {
        var options = name switch
        {
            nameof(DedupOptions.Threshold) => new DedupOptions { Threshold = 1.5 },
            nameof(DedupOptions.Permutations) => new DedupOptions { Permutations = 3 },
            _ => new DedupOptions { ShingleSize = 0 },
        };

        var act = () => new Deduplicator(options);

        act.Should().Throw<ArgumentException>().WithMessage($"*{name}*");
    }

    [Fact]
    public void CandidateThreshold_WordEdits_IsTheJaccardOfACopyAtTheEditThresholdOrOfTheShortestReprint()
    {
        var options = new DedupOptions { Threshold = 0.8, ShingleSize = 3 };

        // A share 0.8³ of the 3-shingles survives 20 % of the words substituted; Jaccard s / (2 − s).
        var s = 0.8 * 0.8 * 0.8;
        options.ShingleJaccardThreshold().Should().BeApproximately(s / (2 - s), 1e-12);
        options.ShingleContainmentThreshold().Should().BeApproximately(s, 1e-12);

        // An index keeps no text: its net must also reach a reprint keeping a share q = 0.3 of the story at containment s.
        var q = options.MinContainedRatio;
        options.CandidateThreshold().Should().BeApproximately(s * q / (1 + q - (s * q)), 1e-12);
        (options with { ContainmentThreshold = 1.5 }).CandidateThreshold().Should().Be(options.ShingleJaccardThreshold());
    }

    [Fact]
    public void CandidateThreshold_ShingleSetsWithContainment_IsTheJaccardOfTheShortestReprint()
    {
        var options = DedupOptions.ShingleSetDefaults with { Threshold = 0.8, ContainmentThreshold = 0.8, MinContainedRatio = 0.5 };

        // c·q / (1 + q − c·q) = 0.4 / 1.1
        options.CandidateThreshold().Should().BeApproximately(0.4 / 1.1, 1e-12);
        (options with { ContainmentThreshold = 2 }).CandidateThreshold().Should().Be(0.8);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Deduplicate_ShuffledInput_SameGroupsRepresentativesAndPairs(int seed)
    {
        var generator = new CorpusGenerator(300, seed: 4242);
        var docs = Enumerable.Range(0, generator.Count).Select(i => Corpus.Parse(generator.TextOf(i), CorpusGenerator.IdOf(i))).ToList();
        var random = new Random(seed);
        var shuffled = docs.OrderBy(_ => random.Next()).ToList();

        var a = Deduplicator.Default.Deduplicate(docs);
        var b = Deduplicator.Default.Deduplicate(shuffled);

        static IEnumerable<string> Groups(DedupResult r) => r.Groups
            .Select(g => g.Representative + ":" + string.Join(',', g.Members.Select(m => m.Id + "/" + m.Relation).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);
        static IEnumerable<string> Pairs(DedupResult r) => r.Pairs
            .Select(p => string.CompareOrdinal(p.A, p.B) < 0 ? $"{p.A}|{p.B}|{p.Relation}|{p.Score:F6}" : $"{p.B}|{p.A}|{p.Relation}|{p.Score:F6}")
            .Order(StringComparer.Ordinal);
        a.Groups.Count(g => g.Members.Count > 1).Should().BeGreaterThan(10);
        Groups(b).Should().Equal(Groups(a));
        Pairs(b).Should().Equal(Pairs(a));
    }

    [Fact]
    public void Deduplicate_SameInputTwice_SameResult()
    {
        var generator = new CorpusGenerator(150, seed: 9);
        DedupResult Run() => Deduplicator.Default.Deduplicate(Enumerable.Range(0, generator.Count), i => Corpus.Parse(generator.TextOf(i), CorpusGenerator.IdOf(i)));

        var first = Run();
        var second = Run();

        second.Pairs.Should().Equal(first.Pairs);
        second.Groups.Select(g => g.Representative).Should().Equal(first.Groups.Select(g => g.Representative));
    }

    [Fact]
    public void Document_IsParsedThroughTheDocumentModel()
    {
        var document = DocumentParser.Default.Parse(Story, "s");

        Deduplicator.Default.Deduplicate([document]).Documents.Should().ContainSingle().Which.Shingles.Should().BeGreaterThan(50);
    }
}
