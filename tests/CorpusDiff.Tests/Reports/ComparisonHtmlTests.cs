using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Reports;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Reports;

public class ComparisonHtmlTests
{
    [Fact]
    public void Write_AnyReport_AllowsExactlyItsOwnStyleAndScriptByHash()
    {
        var page = Page(Compare(Corpus.Parse("The port grew 11% to 512 million euros.", "s"), Corpus.Parse("The port grew 12% to 512 million euros.", "t")));

        var style = Regex.Match(page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var script = Regex.Match(page, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var policy = Regex.Match(page, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
        policy.Should().StartWith("default-src 'none';")
            .And.Contain($"style-src 'sha256-{Hash(style)}'")
            .And.Contain($"script-src 'sha256-{Hash(script)}'")
            .And.NotContain("unsafe");
        Regex.Matches(page, "<script[ >]").Count.Should().Be(1);
        page.Should().NotContain("http://").And.NotContain("https://", "the page fetches nothing");
    }

    [Fact]
    public void Write_HostileText_IsEscapedEverywhere()
    {
        const string hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> </textarea> <a href=\"javascript:alert(3)\">x</a>";
        var page = Page(Compare(Corpus.Parse($"{hostile} The port grew 11%.", "<b>s</b>"), Corpus.Parse($"{hostile} The port grew 12%.", "\"t'.txt")));

        page.Should().NotContain("<script>alert").And.NotContain("<img").And.NotContain("</textarea>").And.NotContain("<a href=\"javascript")
            .And.NotContain("<b>s</b>");
        page.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("data-target=\"&quot;t&#39;.txt\"");
    }

    [Fact]
    public void Write_Samples_ShowsEverySentenceOnceAndEveryDivergenceInTheList()
    {
        var source = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, "wire-source.txt"));
        var target = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, "rewrite-drift.txt"));
        var results = CorpusComparer.Default.Compare(source, [target]);

        var page = Page(results);

        Regex.Matches(page, "<span class=\"cd-s[^\"]*\" id=\"c0-s\\d+\"").Count.Should().Be(source.Sentences.Count);
        Regex.Matches(page, "<span class=\"cd-s[^\"]*\" id=\"c0-t\\d+\"").Count.Should().Be(target.Sentences.Count);
        Regex.Matches(page, "class=\"cd-dlink\"").Count.Should().Be(results[0].Divergences.Count).And.BeGreaterThan(0);
        Regex.Matches(page, "class=\"cd-pair\"").Count.Should().Be(results[0].Alignments.Count);
    }

    [SeedCorpusFact]
    public void Write_SeedSourceAgainstFourReports_StaysUnderOneMegabyte()
    {
        var source = DocumentParser.Default.ParseFile(SeedCorpus.PathOf(SeedCorpus.Source));
        var targets = new[] { SeedCorpus.Summary, SeedCorpus.PartialOverlap, SeedCorpus.Distractor, SeedCorpus.RelatedEvent }
            .Select(f => DocumentParser.Default.ParseFile(SeedCorpus.PathOf(f))).ToList();

        var bytes = Encoding.UTF8.GetByteCount(Page(CorpusComparer.Default.Compare(source, targets)));

        bytes.Should().BeLessThan(1 << 20);
    }

    private static IReadOnlyList<ComparisonResult> Compare(Document source, Document target) => CorpusComparer.Default.Compare(source, [target]);

    private static string Page(IReadOnlyList<ComparisonResult> results)
    {
        var writer = new StringWriter();
        ComparisonHtml.Write(writer, results);
        return writer.ToString();
    }

    private static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
