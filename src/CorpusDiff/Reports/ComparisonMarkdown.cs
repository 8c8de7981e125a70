using CorpusDiff.Alignment;
using CorpusDiff.Comparison;
using CorpusDiff.Diffing;

using static CorpusDiff.Reports.ReportFormat;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes comparisons as Markdown: per target, the verdict with its reasons, the scores, and a side-by-side table
/// (target sentence | source sentences | kind and score | word diff with ~~deleted~~ and **inserted** words), with
/// divergent claims inline, followed by the source sentences the target leaves out.
/// </summary>
public static class ComparisonMarkdown
{
    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The comparisons.</param>
    public static void Write(TextWriter writer, IReadOnlyList<ComparisonResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count > 1)
        {
            writer.WriteLine($"# Comparison with {Escape(results[0].Source.Title ?? results[0].Source.Id)} (`{Code(results[0].Source.Id)}`)");
            writer.WriteLine();
            writer.WriteLine("| target | same event | source coverage | target support | " + string.Join(" | ", results[0].Scores.Named().Select(s => s.Key)) + " | contradictions | additions |");
            writer.WriteLine("| --- | --- | ---: | ---: | " + string.Join(" | ", results[0].Scores.Named().Select(_ => "---:")) + " | ---: | ---: |");
            foreach (var r in results)
            {
                writer.WriteLine($"| `{Code(r.Target.Id)}` | {r.Judgement.VerdictName} | {Percent(r.SourceCoverage)} | {Percent(r.TargetSupport)} | "
                    + string.Join(" | ", r.Scores.Named().Select(s => Fixed(s.Value))) + $" | {r.Divergences.Count(d => d.Relation == Claims.DivergenceRelation.Contradicts)} | {r.Divergences.Count(d => d.Relation == Claims.DivergenceRelation.Adds)} |");
            }

            writer.WriteLine();
        }

        foreach (var r in results)
        {
            WriteOne(writer, r);
        }
    }

    private static void WriteOne(TextWriter writer, ComparisonResult r)
    {
        writer.WriteLine($"## `{Code(r.Target.Id)}` against `{Code(r.Source.Id)}`");
        writer.WriteLine();
        if (r.Target.Title is not null)
        {
            writer.WriteLine($"*{Escape(r.Target.Title)}*");
            writer.WriteLine();
        }

        writer.WriteLine($"- **Same event: {r.Judgement.VerdictName}** — {Escape(string.Join("; ", r.Judgement.Reasons))}");
        writer.WriteLine($"- The target covers **{Percent(r.SourceCoverage)}** of the source; the source supports **{Percent(r.TargetSupport)}** of the target "
            + $"({r.Target.Sentences.Count - r.Coverage.UnalignedTarget.Count} of {r.Target.Sentences.Count} target sentences aligned).");
        writer.WriteLine($"- Scores: {string.Join(", ", r.Scores.Named().Select(s => $"{s.Key} {Fixed(s.Value)}"))}");
        writer.WriteLine($"- Consistency {(r.Consistency.NothingToCheck ? "nothing to check" : Fixed(r.Consistency.Consistency))}; divergences: {DivergenceSummary.Counts(r.Divergences)}.");
        foreach (var line in DivergenceSummary.Lines(r.Divergences))
        {
            writer.WriteLine($"  - {Escape(line)}");
        }

        writer.WriteLine();
        writer.WriteLine("| # | target | source | kind | changes (~~source~~ **target**) |");
        writer.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var (t, alignment, divergences) in new ComparisonLookup(r).Rows())
        {
            var claims = string.Concat(divergences.Select(d => $"<br>{(d.Relation == Claims.DivergenceRelation.Contradicts ? "⚠" : "+")} {Escape(DivergenceSummary.Inline(d))}"));
            if (alignment is null)
            {
                writer.WriteLine($"| T{Int(t.Index)} | {Escape(t.Text)} | — | **not in source** | {claims} |");
                continue;
            }

            var targets = string.Join(" ", alignment.Target.Select(i => Escape(r.Target.Sentences[i].Text)));
            var sources = string.Join("<br>", alignment.Source.Select(i => $"S{Int(i)}: {Escape(r.Source.Sentences[i].Text)}"));
            var ids = Sentences('T', alignment.Target, ",");
            var changes = alignment.Kind == AlignmentKind.Verbatim ? "(none)" : Diff(alignment.Diff);
            writer.WriteLine($"| {ids} | {targets} | {sources} | {alignment.KindName} {Fixed(alignment.Score)} | {changes}{claims} |");
        }

        writer.WriteLine();
        if (r.Coverage.UnalignedSource.Count > 0)
        {
            writer.WriteLine($"<details><summary>{r.Coverage.UnalignedSource.Count} source sentences the target does not use</summary>");
            writer.WriteLine();
            foreach (var s in r.Coverage.UnalignedSource)
            {
                writer.WriteLine($"- S{Int(s)}: {Escape(ComparisonText.Short(r.Source.Sentences[s].Text))}");
            }

            writer.WriteLine();
            writer.WriteLine("</details>");
            writer.WriteLine();
        }
    }

    private static string Diff(IReadOnlyList<DiffSegment> diff) => DiffMarkup.Render(diff, Escape, "~~", "~~", "**", "**");

    /// <summary>A file name inside a code span: a backtick would end it early.</summary>
    private static string Code(string text) => SafeText.Escape(text.ReplaceLineEndings(" ")).Replace('`', '\'');

    private static string Escape(string text) =>
        SafeText.Escape(text.ReplaceLineEndings(" ")).Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("~", "\\~", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
