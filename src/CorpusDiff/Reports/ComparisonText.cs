using CorpusDiff.Alignment;
using CorpusDiff.Comparison;
using CorpusDiff.Diffing;

using static CorpusDiff.Reports.ReportFormat;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes comparisons as plain text a journalist can paste into a note: the verdict and why, the scores, then each
/// target sentence beside the source sentences that support it, with the word diff as <c>[-deleted-]</c>/<c>{+inserted+}</c>
/// and divergent claims inline, then what each side has that the other lacks. The divergences come first as a list,
/// contradictions before additions, with background sentences folded into one line.
/// </summary>
public static class ComparisonText
{
    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The comparisons.</param>
    public static void Write(TextWriter writer, IReadOnlyList<ComparisonResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var r in results)
        {
            writer.WriteLine($"=== {S(r.Target.Id)}  vs source {S(r.Source.Id)}");
            writer.WriteLine($"same event:  {r.Judgement.VerdictName} ({S(string.Join("; ", r.Judgement.Reasons))})");
            writer.WriteLine($"scores:      {string.Join("  ", r.Scores.Named().Select(s => $"{s.Key} {Fixed(s.Value)}"))}");
            writer.WriteLine($"coverage:    the target covers {Percent(r.SourceCoverage)} of the source ({r.Source.Sentences.Count - r.Coverage.UnalignedSource.Count}/{r.Source.Sentences.Count} sentences); "
                + $"the source supports {Percent(r.TargetSupport)} of the target ({r.Target.Sentences.Count - r.Coverage.UnalignedTarget.Count}/{r.Target.Sentences.Count} sentences)");
            writer.WriteLine($"consistency: {(r.Consistency.NothingToCheck ? "nothing to check" : Fixed(r.Consistency.Consistency))}");
            writer.WriteLine($"divergences: {DivergenceSummary.Counts(r.Divergences)}");
            foreach (var line in DivergenceSummary.Lines(r.Divergences))
            {
                writer.WriteLine($"  {S(line)}");
            }

            writer.WriteLine();
            foreach (var (t, alignment, divergences) in new ComparisonLookup(r).Rows())
            {
                if (alignment is null)
                {
                    writer.WriteLine($"T{t.Index}  UNSUPPORTED  {Line(t.Text)}");
                }
                else
                {
                    var targets = Sentences('T', alignment.Target, ",");
                    var sources = Sentences('S', alignment.Source, ",");
                    writer.WriteLine($"{targets} <- {sources}  {alignment.KindName} {Fixed(alignment.Score)}");
                    foreach (var i in alignment.Target)
                    {
                        writer.WriteLine($"  target: {Line(r.Target.Sentences[i].Text)}");
                    }

                    foreach (var i in alignment.Source)
                    {
                        writer.WriteLine($"  source: {Line(r.Source.Sentences[i].Text)}");
                    }

                    if (alignment.Kind != AlignmentKind.Verbatim)
                    {
                        writer.WriteLine($"  diff:   {Diff(alignment.Diff)}");
                    }
                }

                foreach (var d in divergences)
                {
                    writer.WriteLine($"  {(d.Relation == Claims.DivergenceRelation.Contradicts ? "!" : "+")} {S(DivergenceSummary.Inline(d))}");
                }

                writer.WriteLine();
            }

            writer.WriteLine($"source sentences the target does not use: {r.Coverage.UnalignedSource.Count}");
            foreach (var s in r.Coverage.UnalignedSource)
            {
                writer.WriteLine($"  S{Int(s)}  {Short(r.Source.Sentences[s].Text)}");
            }

            writer.WriteLine();
        }
    }

    /// <summary>Renders a word diff inline: equal text as is, <c>[-deleted-]</c>, <c>{+inserted+}</c>.</summary>
    /// <param name="diff">The diff.</param>
    /// <returns>One line.</returns>
    public static string Diff(IReadOnlyList<DiffSegment> diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return DiffMarkup.Render(diff, static text => SafeText.Escape(text.ReplaceLineEndings(" ")), "[-", "-]", "{+", "+}");
    }

    internal static string Short(string text) => SafeText.Escape(text.Length <= 140 ? text.ReplaceLineEndings(" ") : text[..137].ReplaceLineEndings(" ") + "...");

    /// <summary>Text from a file on one line, safe for a terminal.</summary>
    internal static string Line(string text) => SafeText.Escape(text.ReplaceLineEndings(" "));

    private static string S(string text) => SafeText.Escape(text);
}
