using CorpusDiff.BrowserTests.TestSupport;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.BrowserTests.Reports;

/// <summary>A long target opens with its first part rendered and renders the rest as the reader scrolls or navigates.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LongReportBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task LongTarget_ScrolledAndNavigated_RendersEverySentenceAndReachesTheLastDivergence()
    {
        var source = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, "wire-source.txt"));
        var drift = File.ReadAllText(Path.Combine(Repository.Samples, "rewrite-drift.txt"));
        var target = Corpus.Parse(string.Join("\n\n", Enumerable.Repeat(drift, 250)), "long-drift.txt");
        var results = CorpusComparer.Default.Compare(source, [target]);
        var r = results[0];
        r.Target.Sentences.Count.Should().BeGreaterThan(2000, "the target spans several chunks");
        var path = ReportPages.Write(results);
        var (page, errors) = await ReportPages.OpenAsync(await fixture.BrowserAsync(), path);
        var targetSentences = page.Locator("#c0 .cd-doc[data-side=target] .cd-s");

        var first = await targetSentences.CountAsync();
        first.Should().BeLessThan(r.Target.Sentences.Count, "only the first part is rendered on open");

        // Navigate to the last divergence: going back from the start renders the rest of the target.
        await page.Keyboard.PressAsync("p");
        var last = await page.EvaluateAsync<string>("() => document.activeElement.closest('.cd-s').id");
        last.Should().Be($"c0-t{r.Divergences.Max(d => d.TargetSentence)}");
        (await targetSentences.CountAsync()).Should().Be(r.Target.Sentences.Count);

        // A fresh page renders on scrolling.
        await page.ReloadAsync();
        // Bounded by time, not by a count of scrolls: a loaded machine renders a chunk more slowly (200 scrolls of 50 ms
        // once left the last chunk unrendered in CI), and the assertion below is on what was rendered, not how fast.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && await page.Locator("#c0 .cd-doc[data-side=target] script.cd-chunk").CountAsync() > 0)
        {
            await page.Locator("#c0 .cd-doc[data-side=target] .cd-text").EvaluateAsync("box => box.scrollTop = box.scrollHeight");
            await page.WaitForTimeoutAsync(50);
        }

        (await targetSentences.CountAsync()).Should().Be(r.Target.Sentences.Count, "scrolling to the end renders every sentence");
        errors.Should().BeEmpty();
        await page.CloseAsync();
        File.Delete(path);
    }
}
