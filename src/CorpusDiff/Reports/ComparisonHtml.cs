using System.Globalization;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;

using static CorpusDiff.Reports.ReportFormat;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes comparisons as one self-contained HTML page (inline CSS and script, no network, strict CSP): per target a
/// header with the same-event verdict, coverage both ways and consistency; the source and the target side by side in
/// reading order with every sentence, aligned sentences linked and coloured by kind, divergent claims marked on both
/// sides, the word diff of every aligned pair, filters and keyboard navigation. The markup and its data attributes are
/// documented in <c>docs/report-format.md</c> so a page can be restyled or embedded.
/// </summary>
public static partial class ComparisonHtml
{
    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write (the page is UTF-8 text; write it with a UTF-8 writer).</param>
    /// <param name="results">The comparisons, typically one source against several targets.</param>
    /// <param name="claims">Decides whether a consistency score counts as consistent; default <see cref="ClaimChecker.Default"/>.</param>
    public static void Write(TextWriter writer, IReadOnlyList<ComparisonResult> results, ClaimChecker? claims = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        claims ??= ClaimChecker.Default;
        var first = results.Count > 0 ? results[0].Source : null;
        var title = first is null ? "CorpusDiff comparison" : $"CorpusDiff: {first.Id} against {Count(results.Count, "report")}";
        HtmlPage.Begin(writer, title, "compare");
        writer.Write("<header class=\"cd-top\">\n<h1>");
        if (first is null)
        {
            writer.Write("No comparisons</h1>\n</header>\n");
            HtmlPage.End(writer);
            return;
        }

        writer.Write("Comparison with <cite>");
        HtmlText.Write(writer, first.Title ?? first.Id);
        writer.Write("</cite> ");
        HtmlSpans.Id(writer, first.Id);
        writer.Write("</h1>\n");
        WriteControls(writer, results);
        writer.Write("</header>\n<main>\n");
        if (results.Count > 1)
        {
            WriteOverview(writer, results);
        }

        for (var i = 0; i < results.Count; i++)
        {
            WriteComparison(writer, results[i], i, claims);
        }

        writer.Write("</main>\n<aside id=\"cd-panel\" class=\"cd-panel\" aria-label=\"Selected sentence\" aria-live=\"polite\" hidden></aside>\n");
        HtmlPage.End(writer);
    }

    private static void WriteControls(TextWriter writer, IReadOnlyList<ComparisonResult> results)
    {
        writer.Write("<nav class=\"cd-controls\" aria-label=\"Filters and navigation\">\n");
        writer.Write("<label>Target <select id=\"cd-target\"><option value=\"all\">all ");
        writer.Write(Count(results.Count, "report"));
        writer.Write("</option>");
        for (var i = 0; i < results.Count; i++)
        {
            writer.Write("<option value=\"c");
            writer.Write(Int(i));
            writer.Write("\">");
            HtmlText.Write(writer, results[i].Target.Id);
            writer.Write("</option>");
        }

        writer.Write("</select></label>\n");
        writer.Write("<label><input type=\"checkbox\" id=\"cd-only-div\"> only divergences</label>\n");
        writer.Write("<label><input type=\"checkbox\" id=\"cd-only-unaligned\"> only unaligned</label>\n");
        writer.Write("<span class=\"cd-nav\"><button type=\"button\" id=\"cd-prev\" aria-keyshortcuts=\"p\" title=\"Previous divergence (p)\">&#9664; previous</button>");
        writer.Write("<button type=\"button\" id=\"cd-next\" aria-keyshortcuts=\"n\" title=\"Next divergence (n)\">next &#9654;</button>");
        writer.Write("<span id=\"cd-status\" role=\"status\">n / p: next / previous divergence</span></span>\n");
        writer.Write("<ul class=\"cd-legend\" aria-label=\"Legend\">");
        foreach (var kind in Kinds)
        {
            writer.Write("<li><span class=\"cd-key\" data-kind=\"");
            writer.Write(kind);
            writer.Write("\">");
            writer.Write(kind);
            writer.Write("</span></li>");
        }

        writer.Write("<li><span class=\"cd-key\" data-kind=\"unaligned\">unaligned</span></li>");
        writer.Write("<li><mark class=\"cd-key cd-dv\" data-severity=\"high\">divergent claim</mark></li></ul>\n</nav>\n");
    }

    private static void WriteOverview(TextWriter writer, IReadOnlyList<ComparisonResult> results)
    {
        writer.Write("<section class=\"cd-overview\" aria-labelledby=\"cd-overview-h\">\n<h2 id=\"cd-overview-h\">Overview</h2>\n<table>\n");
        writer.Write("<thead><tr><th scope=\"col\">target</th><th scope=\"col\">same event</th><th scope=\"col\">covers source</th><th scope=\"col\">supported by source</th><th scope=\"col\">consistency</th><th scope=\"col\">divergences</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            writer.Write("<tr><th scope=\"row\"><a href=\"#c");
            writer.Write(Int(i));
            writer.Write("\">");
            HtmlText.Write(writer, r.Target.Id);
            writer.Write("</a></th><td><span class=\"cd-verdict\" data-verdict=\"");
            writer.Write(r.Judgement.VerdictName);
            writer.Write("\">");
            writer.Write(r.Judgement.VerdictName);
            writer.Write("</span></td><td>");
            writer.Write(Percent(r.SourceCoverage));
            writer.Write("</td><td>");
            writer.Write(Percent(r.TargetSupport));
            writer.Write("</td><td>");
            writer.Write(Fixed(r.Consistency.Consistency));
            writer.Write("</td><td>");
            writer.Write(Int(r.Divergences.Count));
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    private static readonly string[] Kinds = ["verbatim", "near-verbatim", "paraphrase", "partial"];
}
