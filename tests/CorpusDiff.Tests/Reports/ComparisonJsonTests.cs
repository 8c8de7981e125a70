using System.Text.Json;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Reports;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Reports;

public class ComparisonJsonTests
{
    private static readonly Lazy<IReadOnlyList<ComparisonResult>> Results = new(() =>
    {
        var source = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, "wire-source.txt"));
        var targets = new[] { "rewrite-summary.txt", "unrelated-similar-topic.txt", "rewrite-drift.txt" }
            .Select(f => DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, f)));
        return CorpusComparer.Default.Compare(source, targets);
    });

    [Fact]
    public void ToJson_HasTheDocumentedShape()
    {
        using var json = JsonDocument.Parse(ComparisonJson.ToJson(Results.Value));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("documents", "comparisons");
        root.GetProperty("documents").GetArrayLength().Should().Be(4);
        root.GetProperty("documents")[0].GetProperty("id").GetString().Should().Be("wire-source.txt");
        var comparison = root.GetProperty("comparisons")[0];
        comparison.EnumerateObject().Select(p => p.Name).Should().Equal(
            "source", "target", "sameEvent", "scores", "sourceCoverage", "targetSupport", "alignments", "divergences",
            "sameEventReasons", "consistency");
        comparison.GetProperty("scores").EnumerateObject().Select(p => p.Name).Should().Equal("shingleJaccard", "containment", "tfidfCosine", "alignedShare");
        comparison.GetProperty("sameEvent").GetString().Should().Be("yes");
        var alignment = comparison.GetProperty("alignments")[0];
        alignment.EnumerateObject().Select(p => p.Name).Should().Equal("source", "target", "score", "kind", "diff");
        alignment.GetProperty("diff")[0].EnumerateObject().Select(p => p.Name).Should().Equal("op", "text");
        root.GetProperty("comparisons")[1].GetProperty("sameEvent").GetString().Should().Be("no");
    }

    [Fact]
    public void ToJson_SentenceIndexesReferToTheDocumentsSentences()
    {
        using var json = JsonDocument.Parse(ComparisonJson.ToJson(Results.Value));
        var root = json.RootElement;
        var sourceSentences = root.GetProperty("documents")[0].GetProperty("sentences").GetArrayLength();
        var targetSentences = root.GetProperty("documents")[1].GetProperty("sentences").GetArrayLength();

        foreach (var alignment in root.GetProperty("comparisons")[0].GetProperty("alignments").EnumerateArray())
        {
            alignment.GetProperty("source").EnumerateArray().Should().OnlyContain(i => i.GetInt32() >= 0 && i.GetInt32() < sourceSentences);
            alignment.GetProperty("target").EnumerateArray().Should().OnlyContain(i => i.GetInt32() >= 0 && i.GetInt32() < targetSentences);
            alignment.GetProperty("score").GetDouble().Should().BeInRange(0, 1);
            alignment.GetProperty("kind").GetString().Should().BeOneOf("verbatim", "near-verbatim", "paraphrase", "partial");
        }
    }

    [Fact]
    public void ToJson_DivergencesCarryTheirRelationContradictionsFirst()
    {
        using var json = JsonDocument.Parse(ComparisonJson.ToJson(Results.Value));
        var drift = json.RootElement.GetProperty("comparisons")[2].GetProperty("divergences").EnumerateArray().ToList();

        drift.Should().NotBeEmpty();
        drift[0].EnumerateObject().Select(p => p.Name).Should().StartWith(["kind", "relation", "target", "source", "targetSpan", "sourceSpan", "severity", "message"]);
        var relations = drift.Select(d => d.GetProperty("relation").GetString()).ToList();
        relations.Should().OnlyContain(r => r == "contradicts" || r == "adds").And.Contain("contradicts").And.Contain("adds");
        relations.Should().Equal(relations.OrderBy(r => r == "adds" ? 1 : 0), "every contradiction comes before every addition");
        drift.Where(d => d.GetProperty("relation").GetString() == "adds").Should().OnlyContain(d => d.EnumerateObject().Any(p => p.Name == "facts") && d.EnumerateObject().Any(p => p.Name == "background"));
    }

    [Fact]
    public void Text_ListsContradictionsBeforeAdditions()
    {
        using var writer = new StringWriter();
        ComparisonText.Write(writer, [Results.Value[2]]);
        var lines = writer.ToString().Split('\n');

        var listed = lines.SkipWhile(l => !l.StartsWith("divergences:", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        listed.Should().NotBeEmpty();
        listed.Select(l => l.TrimStart().StartsWith("contradicts", StringComparison.Ordinal)).Should().BeInDescendingOrder();
        listed[0].Should().Contain("(high)");
    }

    [Fact]
    public void Markdown_ShowsVerdictTableAndDiffs()
    {
        using var writer = new StringWriter();
        ComparisonMarkdown.Write(writer, Results.Value);
        var text = writer.ToString();

        text.Should().Contain("| target | same event |");
        text.Should().Contain("**Same event: yes**");
        text.Should().Contain("**not in source**");
        text.Should().Contain("~~").And.Contain("| T0");
    }

    [Fact]
    public void Text_ShowsEachTargetSentenceBesideItsSource()
    {
        using var writer = new StringWriter();
        ComparisonText.Write(writer, Results.Value);
        var text = writer.ToString();

        text.Should().Contain("same event:  yes").And.Contain("same event:  no");
        text.Should().Contain("  target: ").And.Contain("  source: ").And.Contain("UNSUPPORTED");
    }
}
