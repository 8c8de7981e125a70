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
        var targets = new[] { "rewrite-summary.txt", "unrelated-similar-topic.txt" }
            .Select(f => DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, f)));
        return CorpusComparer.Default.Compare(source, targets);
    });

    [Fact]
    public void ToJson_HasTheDocumentedShape()
    {
        using var json = JsonDocument.Parse(ComparisonJson.ToJson(Results.Value));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("documents", "comparisons");
        root.GetProperty("documents").GetArrayLength().Should().Be(3);
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
