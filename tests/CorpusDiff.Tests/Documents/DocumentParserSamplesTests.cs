using System.Text.Json;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Documents;

/// <summary>
/// The document model against the hand-labelled sample corpus (<c>samples/gold/alignments.json</c>): sentences are
/// named there by a verbatim quote, so segmentation is checked without depending on indices.
/// </summary>
public class DocumentParserSamplesTests
{
    private static Document Read(string file) => DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, file));

    [Fact]
    public void WireSource_EveryGoldSentenceIsExactlyOneParsedSentence()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Samples, "gold", "alignments.json")));
        var quotes = gold.RootElement.GetProperty("sourceSentences").EnumerateArray().Select(q => q.GetString()!).ToList();
        var ignored = gold.RootElement.GetProperty("sourceIgnore").EnumerateArray().Select(q => q.GetString()!).ToList();

        var doc = Read("wire-source.txt");

        doc.Sentences.Should().HaveCount(quotes.Count);
        foreach (var quote in quotes)
        {
            doc.Sentences.Count(s => s.Text.Contains(quote, StringComparison.Ordinal)).Should().Be(1, quote);
        }

        foreach (var quote in ignored)
        {
            doc.Sentences.Should().NotContain(s => s.Text.Contains(quote, StringComparison.Ordinal), quote);
        }
    }

    [Fact]
    public void WireSource_HeadersFootersCaptionAndNavigationAreRead()
    {
        var doc = Read("wire-source.txt");

        doc.Title.Should().Be("Port authority posts record container volumes as minister opens first Delta Gate terminal");
        doc.Published.Should().Be(new DateOnly(2024, 3, 7));
        doc.Outlet.Should().Be("Harbor News Agency");
        doc.Dateline!.Places.Should().Equal("ROTTERDAM", "ANTWERP");
        doc.Removed.Select(r => r.Kind).Should().Equal(
            BoilerplateKinds.PhotoCaption, BoilerplateKinds.CopyrightFooter, BoilerplateKinds.CopyrightFooter,
            BoilerplateKinds.Navigation, BoilerplateKinds.Navigation);
    }

    [Fact]
    public void WireTrimmed_HardWrappedReprint_SegmentsLikeTheSource()
    {
        var source = Read("wire-source.txt");
        var trimmed = Read("wire-trimmed.txt");

        trimmed.Removed.Should().ContainSingle().Which.Kind.Should().Be(BoilerplateKinds.PhotoCaption);
        static string Flat(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        trimmed.Sentences.Select(s => Flat(s.Text)).Should().Equal(source.Sentences.Take(trimmed.Sentences.Count).Select(s => Flat(s.Text)));
    }

    [Fact]
    public void ChineseBrief_TitleAndSentences()
    {
        var doc = Read("zh-brief.txt");

        doc.Published.Should().Be(new DateOnly(2024, 3, 8));
        doc.Title.Should().EndWith("首个三角门码头启用");
        doc.Sentences.Should().HaveCount(5);
        doc.Tokens.Should().Contain(t => t.Kind == TokenKind.Cjk);
    }
}
