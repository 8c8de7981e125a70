using CorpusDiff.BrowserTests.TestSupport;
using CorpusDiff.Comparison;

namespace CorpusDiff.BrowserTests.Reports;

/// <summary>Report text is data: markup, handlers and script URLs in a report show as text and run nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileReportBrowserTests(BrowserFixture fixture)
{
    private const string Payloads =
        "<script>window.__pwned = 1; document.title = 'pwned';</script> "
        + "<img src=x onerror=\"window.__pwned = 2\"> "
        + "</textarea><svg onload=\"window.__pwned = 3\"></svg> "
        + "<a href=\"javascript:window.__pwned = 4\">click</a> "
        + "\"' onmouseover=\"window.__pwned = 5\" ";

    [BrowserFact]
    public async Task HostileReport_Opened_RunsNoScriptAndShowsTheTextAsWritten()
    {
        var source = Corpus.Parse(
            $"{Payloads}\n\nThe council approved 12 new bridges on Monday, the mayor said. {Payloads} The cost was 40 million euros.\n\nWork starts in May.",
            "<img src=x onerror=\"window.__pwned=6\">.txt");
        var target = Corpus.Parse(
            $"{Payloads}\n\nThe council approved 15 new bridges on Monday, the mayor said. {Payloads} The cost was 90 million euros.\n\n</script><script>window.__pwned = 7</script>",
            "</title><script>window.__pwned=8</script>.txt");
        var results = CorpusComparer.Default.Compare(source, [target]);
        var path = ReportPages.Write(results);
        var (page, errors) = await ReportPages.OpenAsync(await fixture.BrowserAsync(), path, "window.__sentinel = 'intact';");
        File.Delete(path);

        // Interact with everything a payload could hide behind: hover, click, focus and keyboard navigation.
        foreach (var sentence in await page.Locator(".cd-s").AllAsync())
        {
            await page.Keyboard.PressAsync("Escape");
            await sentence.HoverAsync();
            await sentence.ClickAsync();
        }

        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("n");

        (await page.EvaluateAsync<string>("() => document.title")).Should().Be($"CorpusDiff: {source.Id} against 1 report");
        (await page.EvaluateAsync<string>("() => window.__sentinel")).Should().Be("intact");
        (await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'")).Should().BeTrue("no payload ran");
        (await page.Locator("img, svg, a[href^='javascript'], textarea").CountAsync()).Should().Be(0, "no payload became an element");
        (await page.Locator("script").CountAsync()).Should().Be(1, "the page's own script is the only one");
        var text = await page.InnerTextAsync("#c0");
        text.Should().Contain("<script>window.__pwned = 1;").And.Contain("<img src=x onerror=").And.Contain("</textarea>").And.Contain("javascript:window.__pwned = 4");
        errors.Should().BeEmpty("the page's own code runs without errors and nothing breaks the policy");
        await page.CloseAsync();
    }
}
