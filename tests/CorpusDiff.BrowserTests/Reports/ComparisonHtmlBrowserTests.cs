using CorpusDiff.BrowserTests.TestSupport;
using CorpusDiff.Comparison;
using CorpusDiff.Reports;
using Microsoft.Playwright;

namespace CorpusDiff.BrowserTests.Reports;

/// <summary>The comparison page as a reader meets it in Chromium: every sentence, every link, every divergence.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ComparisonHtmlBrowserTests(BrowserFixture fixture)
{
    private static readonly Lazy<IReadOnlyList<ComparisonResult>> SeedResults = new(ReportPages.Seed);
    private static readonly Lazy<IReadOnlyList<ComparisonResult>> SampleResults = new(ReportPages.Samples);

    [SeedBrowserFact]
    public Task SeedReport_Opened_ShowsEverySentenceOnBothSides() => SentenceCountsAsync(SeedResults.Value);

    [BrowserFact]
    public Task SampleReport_Opened_ShowsEverySentenceOnBothSides() => SentenceCountsAsync(SampleResults.Value);

    [SeedBrowserFact]
    public Task SeedReport_ClickOnEachAlignment_HighlightsExactlyItsMembers() => HighlightsAsync(SeedResults.Value);

    [BrowserFact]
    public Task SampleReport_ClickOnEachAlignment_HighlightsExactlyItsMembers() => HighlightsAsync(SampleResults.Value);

    [SeedBrowserFact]
    public Task SeedReport_FocusOnEachDivergence_ShowsItsKindSeverityAndMessage() => TooltipsAsync(SeedResults.Value);

    [BrowserFact]
    public Task SampleReport_FocusOnEachDivergence_ShowsItsKindSeverityAndMessage() => TooltipsAsync(SampleResults.Value);

    [SeedBrowserFact]
    public Task SeedReport_NextDivergenceKey_ReachesEveryDivergence() => KeyboardAsync(SeedResults.Value);

    [BrowserFact]
    public Task SampleReport_NextDivergenceKey_ReachesEveryDivergence() => KeyboardAsync(SampleResults.Value);

    [BrowserFact]
    public async Task SampleReport_Filters_HideWhatTheyFilterOut()
    {
        var results = SampleResults.Value;
        var (page, errors) = await OpenAsync(results);

        await page.CheckAsync("#cd-only-div");
        var shown = await page.EvalOnSelectorAllAsync<bool[]>(".cd-s", "els => els.filter(e => e.getClientRects().length > 0).map(e => e.classList.contains('cd-has-dv'))");
        shown.Should().NotBeEmpty().And.OnlyContain(x => x, "only sentences with divergences stay visible");
        await page.UncheckAsync("#cd-only-div");
        await page.CheckAsync("#cd-only-unaligned");
        var kinds = await page.EvalOnSelectorAllAsync<string[]>(".cd-s", "els => els.filter(e => e.getClientRects().length > 0).map(e => e.dataset.kind)");
        kinds.Should().OnlyContain(k => k == "unaligned");
        kinds.Should().HaveCount(results.Sum(r => r.Coverage.UnalignedSource.Count + r.Coverage.UnalignedTarget.Count));
        await page.UncheckAsync("#cd-only-unaligned");
        await page.SelectOptionAsync("#cd-target", "c1");
        var visible = await page.EvalOnSelectorAllAsync<string[]>(".cd-cmp", "els => els.filter(e => !e.hidden).map(e => e.dataset.target)");
        visible.Should().Equal(results[1].Target.Id);
        errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(IReadOnlyList<ComparisonResult> results)
    {
        var path = ReportPages.Write(results);
        try
        {
            return await ReportPages.OpenAsync(await fixture.BrowserAsync(), path);
        }
        finally
        {
            // The page is loaded; the file is no longer needed.
            File.Delete(path);
        }
    }

    private async Task SentenceCountsAsync(IReadOnlyList<ComparisonResult> results)
    {
        var (page, errors) = await OpenAsync(results);
        for (var i = 0; i < results.Count; i++)
        {
            var source = await page.Locator($"#c{i} .cd-doc[data-side=source] .cd-s").CountAsync();
            var target = await page.Locator($"#c{i} .cd-doc[data-side=target] .cd-s").CountAsync();
            source.Should().Be(results[i].Source.Sentences.Count, "every source sentence is shown for {0}", results[i].Target.Id);
            target.Should().Be(results[i].Target.Sentences.Count, "every target sentence is shown for {0}", results[i].Target.Id);
            var unaligned = await page.Locator($"#c{i} .cd-s[data-kind=unaligned]").CountAsync();
            unaligned.Should().Be(results[i].Coverage.UnalignedSource.Count + results[i].Coverage.UnalignedTarget.Count);
        }

        errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    private async Task HighlightsAsync(IReadOnlyList<ComparisonResult> results)
    {
        var (page, errors) = await OpenAsync(results);
        var clicks = 0;
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            foreach (var alignment in r.Alignments)
            {
                var clicked = alignment.Target[0];
                var expected = r.Alignments.Where(a => a.Target.Contains(clicked))
                    .SelectMany(a => a.Target.Select(t => $"c{i}-t{t}").Concat(a.Source.Select(s => $"c{i}-s{s}")))
                    .Distinct().Order(StringComparer.Ordinal).ToList();
                await page.Keyboard.PressAsync("Escape");
                await page.ClickAsync($"#c{i}-t{clicked}");
                var lit = await page.EvalOnSelectorAllAsync<string[]>(".cd-hi", "els => els.map(e => e.id)");
                lit.Order(StringComparer.Ordinal).Should().Equal(expected, "clicking T{0} of {1} lights its alignment on both sides", clicked, r.Target.Id);
                var panel = await page.InnerTextAsync("#cd-panel");
                panel.Should().Contain(alignment.KindName);
                clicks++;
            }
        }

        clicks.Should().BeGreaterThan(0);
        errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    private async Task TooltipsAsync(IReadOnlyList<ComparisonResult> results)
    {
        var (page, errors) = await OpenAsync(results);
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var marks = page.Locator($"#c{i} .cd-doc[data-side=target] mark.cd-dv");
            var seen = new HashSet<int>();
            for (var m = 0; m < await marks.CountAsync(); m++)
            {
                var mark = marks.Nth(m);
                await mark.FocusAsync();
                var tip = mark.Locator(".cd-tip");
                (await tip.IsVisibleAsync()).Should().BeTrue("a focused divergence shows its tooltip");
                var text = await tip.TextContentAsync();
                foreach (var d in (await mark.GetAttributeAsync("data-d"))!.Split(' ').Select(int.Parse))
                {
                    var divergence = r.Divergences[d];
                    text.Should().Contain($"{ReportNames.Of(divergence.Severity)} {ReportNames.Of(divergence.Kind)}: {divergence.Message}");
                    seen.Add(d);
                }
            }

            seen.Should().BeEquivalentTo(Enumerable.Range(0, r.Divergences.Count), "every divergence of {0} is marked in the target", r.Target.Id);
            for (var d = 0; d < r.Divergences.Count; d++)
            {
                if (r.Divergences[d].SourceSpan is not null)
                {
                    (await page.Locator($"#c{i} .cd-doc[data-side=source] mark.cd-dvs[data-d~='{d}']").CountAsync()).Should().Be(1, "the source span of divergence {0} is marked", d);
                }
            }
        }

        errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    private async Task KeyboardAsync(IReadOnlyList<ComparisonResult> results)
    {
        var (page, errors) = await OpenAsync(results);
        var marks = await page.Locator(".cd-doc[data-side=target] mark.cd-dv").CountAsync();
        var reached = new HashSet<string>();
        var order = new List<string>();
        for (var k = 0; k < marks; k++)
        {
            await page.Keyboard.PressAsync("n");
            var at = await page.EvaluateAsync<string>("() => { const a = document.activeElement; return a.closest('.cd-cmp').id + ':' + a.dataset.d; }");
            order.Add(at);
            foreach (var d in at.Split(':')[1].Split(' '))
            {
                reached.Add(at.Split(':')[0] + ":" + d);
            }
        }

        var expected = results.SelectMany((r, i) => Enumerable.Range(0, r.Divergences.Count).Select(d => $"c{i}:{d}"));
        reached.Should().BeEquivalentTo(expected, "pressing n walks through every divergence");
        order.Should().OnlyHaveUniqueItems("each press moves to the next divergence");
        if (marks > 1)
        {
            await page.Keyboard.PressAsync("p");
            var back = await page.EvaluateAsync<string>("() => { const a = document.activeElement; return a.closest('.cd-cmp').id + ':' + a.dataset.d; }");
            back.Should().Be(order[^2], "p goes back to the previous divergence");
            var status = await page.InnerTextAsync("#cd-status");
            status.Should().Be($"divergence {marks - 1} of {marks}");
        }

        errors.Should().BeEmpty();
        await page.CloseAsync();
    }
}
