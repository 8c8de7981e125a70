using System.Text;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Reports;
using CorpusDiff.Tests.TestSupport;
using Microsoft.Playwright;

namespace CorpusDiff.BrowserTests.TestSupport;

/// <summary>Writes comparison reports to temporary HTML files and opens them in a page that records script errors.</summary>
public static class ReportPages
{
    /// <summary>Compares the seed corpus's source (001) with its four other reports.</summary>
    /// <returns>The comparisons.</returns>
    public static IReadOnlyList<ComparisonResult> Seed()
    {
        var source = DocumentParser.Default.ParseFile(SeedCorpus.PathOf(SeedCorpus.Source));
        var targets = new[] { SeedCorpus.Summary, SeedCorpus.PartialOverlap, SeedCorpus.Distractor, SeedCorpus.RelatedEvent }
            .Select(f => DocumentParser.Default.ParseFile(SeedCorpus.PathOf(f)));
        return CorpusComparer.Default.Compare(source, targets.ToList());
    }

    /// <summary>Compares the bundled sample wire story with every other sample.</summary>
    /// <returns>The comparisons.</returns>
    public static IReadOnlyList<ComparisonResult> Samples()
    {
        var source = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, "wire-source.txt"));
        var targets = Directory.GetFiles(Repository.Samples, "*.txt").Where(f => Path.GetFileName(f) != "wire-source.txt").Order(StringComparer.Ordinal)
            .Select(DocumentParser.Default.ParseFile);
        return CorpusComparer.Default.Compare(source, targets.ToList());
    }

    /// <summary>Writes the HTML report of the comparisons to a new temporary file.</summary>
    /// <param name="results">The comparisons.</param>
    /// <returns>The file's path.</returns>
    public static string Write(IReadOnlyList<ComparisonResult> results)
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpusdiff-report-{Guid.NewGuid():N}.html");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            ComparisonHtml.Write(writer, results);
        }

        return path;
    }

    /// <summary>Opens a report file in a new page, recording console errors and uncaught exceptions.</summary>
    /// <param name="browser">The browser.</param>
    /// <param name="path">The HTML file.</param>
    /// <param name="beforeLoad">A script to run before the page's own (e.g. to plant a sentinel).</param>
    /// <returns>The page and the list its errors are added to.</returns>
    public static async Task<(IPage Page, List<string> Errors)> OpenAsync(IBrowser browser, string path, string? beforeLoad = null)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        if (beforeLoad is not null)
        {
            await page.AddInitScriptAsync(beforeLoad);
        }

        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return (page, errors);
    }
}
