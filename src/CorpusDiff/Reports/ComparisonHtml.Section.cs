using CorpusDiff.Alignment;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;

using static CorpusDiff.Reports.ReportFormat;

namespace CorpusDiff.Reports;

/// <summary>One target's section: its header, the divergence list, the two columns and the aligned pairs.</summary>
public static partial class ComparisonHtml
{
    private static void WriteComparison(TextWriter writer, ComparisonResult r, int index, ClaimChecker claims)
    {
        var id = "c" + Int(index);
        var links = SentenceLinks.Of(r);
        writer.Write($"<section class=\"cd-cmp\" id=\"{id}\" aria-labelledby=\"{id}-h\" data-target=\"");
        HtmlText.Write(writer, r.Target.Id);
        writer.Write($"\" data-source=\"");
        HtmlText.Write(writer, r.Source.Id);
        writer.Write($"\">\n<h2 id=\"{id}-h\">");
        HtmlSpans.IdAndTitle(writer, r.Target);
        writer.Write("</h2>\n");
        WriteSummary(writer, r, id, claims);
        WriteDivergenceList(writer, r, id);
        writer.Write("<div class=\"cd-cols\">\n");
        WriteColumn(writer, r, id, links, source: true);
        WriteColumn(writer, r, id, links, source: false);
        writer.Write("</div>\n");
        WritePairs(writer, r, id);
        writer.Write("</section>\n");
    }

    private static void WriteSummary(TextWriter writer, ComparisonResult r, string id, ClaimChecker claims)
    {
        writer.Write("<div class=\"cd-summary\">\n<div class=\"cd-fact\"><h3>Same event</h3><p>");
        HtmlSpans.Named(writer, "cd-verdict", "verdict", r.Judgement.VerdictName);
        writer.Write("</p>\n<ul class=\"cd-reasons\">");
        foreach (var reason in r.Judgement.Reasons)
        {
            writer.Write("<li>");
            HtmlText.Write(writer, reason);
            writer.Write("</li>");
        }

        writer.Write("</ul></div>\n<div class=\"cd-fact\"><h3>Coverage</h3>\n");
        var sourceAligned = r.Source.Sentences.Count - r.Coverage.UnalignedSource.Count;
        var targetAligned = r.Target.Sentences.Count - r.Coverage.UnalignedTarget.Count;
        WriteBar(writer, id + "-cov", "The target covers the source", r.SourceCoverage, $"{Int(sourceAligned)} of {Int(r.Source.Sentences.Count)} source sentences used");
        WriteBar(writer, id + "-sup", "The source supports the target", r.TargetSupport, $"{Int(targetAligned)} of {Int(r.Target.Sentences.Count)} target sentences aligned");
        var consistent = claims.IsConsistent(r.Consistency.Consistency);
        writer.Write("</div>\n<div class=\"cd-fact\"><h3>Consistency</h3><p><span class=\"cd-score\">");
        writer.Write(Fixed(r.Consistency.Consistency));
        writer.Write("</span> <span class=\"cd-decision\" data-consistent=\"");
        writer.Write(consistent ? "true\">consistent" : "false\">not consistent");
        writer.Write("</span> <span class=\"cd-note\">(threshold ");
        writer.Write(Fixed(claims.Options.DecisionThreshold));
        writer.Write($", {Count(r.Divergences.Count, "divergent claim")})</span></p></div>\n</div>\n");
    }

    private static void WriteBar(TextWriter writer, string id, string label, double value, string detail)
    {
        writer.Write($"<p class=\"cd-bar\"><label for=\"{id}\">{label}</label> <meter id=\"{id}\" min=\"0\" max=\"1\" value=\"");
        writer.Write(value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
        writer.Write($"\">{Percent(value)}</meter> <strong>{Percent(value)}</strong> <span class=\"cd-note\">of the words ({detail})</span></p>\n");
    }

    private static void WriteDivergenceList(TextWriter writer, ComparisonResult r, string id)
    {
        writer.Write("<details class=\"cd-divs\"");
        writer.Write(r.Divergences.Count > 0 ? " open" : string.Empty);
        writer.Write("><summary>");
        writer.Write(Count(r.Divergences.Count, "divergent claim"));
        writer.Write("</summary>\n");
        if (r.Divergences.Count == 0)
        {
            writer.Write("<p class=\"cd-note\">No divergent claims found.</p></details>\n");
            return;
        }

        writer.Write("<ol>\n");
        for (var d = 0; d < r.Divergences.Count; d++)
        {
            var divergence = r.Divergences[d];
            writer.Write($"<li><a class=\"cd-dlink\" href=\"#{id}-t{Int(divergence.TargetSentence)}\" data-d=\"{Int(d)}\"");
            WriteDivergenceData(writer, divergence.Kind, divergence.Severity);
            writer.Write(">");
            WriteDivergenceLabel(writer, divergence);
            writer.Write($" <span class=\"cd-note\">T{Int(divergence.TargetSentence)}</span></a></li>\n");
        }

        writer.Write("</ol>\n</details>\n");
    }

    /// <summary>The data attributes of a divergence (list entry) or of a mark (its first kind, its highest severity); a new divergence property (e.g. a relation) is added here and in <see cref="WriteDivergenceLabel"/>.</summary>
    private static void WriteDivergenceData(TextWriter writer, DivergenceKind kind, DivergenceSeverity severity) =>
        writer.Write($" data-dkind=\"{ReportNames.Of(kind)}\" data-severity=\"{ReportNames.Of(severity)}\"");

    /// <summary>The visible description of one divergence: severity and kind as words (not colour only), then the message.</summary>
    private static void WriteDivergenceLabel(TextWriter writer, Divergence divergence)
    {
        HtmlSpans.Named(writer, "cd-sev", "severity", ReportNames.Of(divergence.Severity));
        writer.Write($" <span class=\"cd-dk\">{ReportNames.Of(divergence.Kind)}</span>: <span class=\"cd-msg\">");
        HtmlText.Write(writer, divergence.Message);
        writer.Write("</span>");
    }

    private static void WritePairs(TextWriter writer, ComparisonResult r, string id)
    {
        writer.Write("<details class=\"cd-pairs\"><summary>");
        writer.Write(Count(r.Alignments.Count, "aligned pair"));
        writer.Write(" with word diffs</summary>\n<ol>\n");
        var chunk = new Chunker(writer);
        for (var a = 0; a < r.Alignments.Count; a++)
        {
            chunk.Before(1);
            var alignment = r.Alignments[a];
            writer.Write($"<li class=\"cd-pair\" id=\"{id}-a{Int(a)}\" data-a=\"{Int(a)}\" data-kind=\"{alignment.KindName}\">");
            WritePairHead(writer, alignment);
            WriteDiff(writer, alignment);
            writer.Write("</li>\n");
        }

        chunk.End();
        writer.Write("</ol>\n</details>\n");
    }

    private static void WritePairHead(TextWriter writer, SentenceAlignment alignment)
    {
        writer.Write("<p class=\"cd-pair-head\">");
        HtmlSpans.Named(writer, "cd-key", "kind", alignment.KindName);
        writer.Write(" ");
        writer.Write(Sentences('T', alignment.Target, "+"));
        writer.Write(" &#8592; ");
        writer.Write(Sentences('S', alignment.Source, "+"));
        writer.Write(" <span class=\"cd-note\">score ");
        writer.Write(Fixed(alignment.Score));
        writer.Write("</span></p>");
    }
}
