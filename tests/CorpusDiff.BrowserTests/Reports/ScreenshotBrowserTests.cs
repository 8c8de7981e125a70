using CorpusDiff.BrowserTests.TestSupport;

namespace CorpusDiff.BrowserTests.Reports;

/// <summary>
/// Takes the README's screenshot of the seed report (001 against the four other reports). Set
/// <c>CORPUSDIFF_SCREENSHOT</c> to a path (e.g. <c>docs/images/compare-report.png</c>) to keep it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotBrowserTests(BrowserFixture fixture)
{
    [SeedBrowserFact]
    public async Task SeedReport_Screenshot_ShowsTheSummaryAndBothColumns()
    {
        var path = ReportPages.Write(ReportPages.Seed());
        var (page, errors) = await ReportPages.OpenAsync(await fixture.BrowserAsync(), path);
        File.Delete(path);
        await page.SetViewportSizeAsync(1280, 1000);

        // The summary (000) against its source: hovering a divergent claim lights its alignment on both sides and
        // shows the claim's tooltip.
        await page.SelectOptionAsync("#cd-target", "c0");
        await page.EvaluateAsync("() => document.querySelector('.cd-overview').hidden = true");
        await page.Locator("#c0 .cd-divs").EvaluateAsync("e => e.open = false");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.Locator("#c0 .cd-doc[data-side=target] mark.cd-dv").First.HoverAsync();
        var png = await page.ScreenshotAsync(new() { Type = Microsoft.Playwright.ScreenshotType.Png });

        png.Length.Should().BeGreaterThan(20_000, "a rendered page, not a blank one");
        errors.Should().BeEmpty();
        if (Environment.GetEnvironmentVariable("CORPUSDIFF_SCREENSHOT") is { Length: > 0 } target)
        {
            await File.WriteAllBytesAsync(target, png);
        }

        await page.CloseAsync();
    }
}
