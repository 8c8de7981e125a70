using System.Text;
using CorpusDiff.BrowserTests.TestSupport;
using CorpusDiff.Dedup;
using CorpusDiff.Reports;

namespace CorpusDiff.BrowserTests.Reports;

/// <summary>The dedup page: groups under their representative, a member's diff on expand, singletons on expand.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DedupHtmlBrowserTests(BrowserFixture fixture)
{
    private const string Story =
        "Officials in the river city opened a new flood barrier on Monday after four years of construction. "
        + "The barrier spans two kilometres and cost 310 million dollars, according to the regional water agency. "
        + "Engineers said it can hold back a surge three metres higher than the record flood of 1998. "
        + "Residents of the low-lying eastern districts welcomed the project but complained about the noise.";

    [BrowserFact]
    public async Task DedupReport_ExpandingAMember_ShowsItsDiffAgainstTheRepresentative()
    {
        var texts = new Dictionary<string, string>
        {
            ["story.txt"] = Story,
            ["edited.txt"] = Story.Replace("310 million", "320 million", StringComparison.Ordinal),
            ["school.txt"] = "A different story about a school that opened a library for 400 pupils in the hills on Tuesday morning.",
        };
        var documents = texts.ToDictionary(t => t.Key, t => Corpus.Parse(t.Value, t.Key));
        var options = new DedupOptions { Threshold = 0.5 };
        var result = new Deduplicator(options).Deduplicate(texts.Keys.ToList(), id => documents[id]);
        var path = Path.Combine(Path.GetTempPath(), $"corpusdiff-dedup-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, Write(result, options, documents), new UTF8Encoding(false));
        var (page, errors) = await ReportPages.OpenAsync(await fixture.BrowserAsync(), path);

        var diff = page.Locator("tr.cd-member[data-relation=near-duplicate] details.cd-member-diff");
        (await diff.Locator(".cd-diff").IsVisibleAsync()).Should().BeFalse("the diff opens on expand");
        await diff.Locator("summary").ClickAsync();
        (await diff.Locator(".cd-diff").IsVisibleAsync()).Should().BeTrue();
        (await diff.Locator("del").AllTextContentsAsync()).Concat(await diff.Locator("ins").AllTextContentsAsync())
            .Should().BeEquivalentTo("310", "320");
        await page.Locator("details.cd-singletons summary").ClickAsync();
        (await page.Locator("details.cd-singletons li").AllTextContentsAsync()).Should().Equal("school.txt");
        errors.Should().BeEmpty();
        await page.CloseAsync();
        File.Delete(path);
    }

    private static string Write(DedupResult result, DedupOptions options, Dictionary<string, Documents.Document> documents)
    {
        var writer = new StringWriter();
        DedupHtml.Write(writer, result, options, d => documents[d.Id]);
        return writer.ToString();
    }
}
