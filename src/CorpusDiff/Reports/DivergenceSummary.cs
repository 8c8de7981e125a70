using CorpusDiff.Claims;

using static CorpusDiff.Reports.ReportFormat;

namespace CorpusDiff.Reports;

/// <summary>
/// The divergences of one comparison as a reader takes them in, shared by the text and markdown reports:
/// contradictions first, one line each; then additions, where the background sentences are folded into one summary
/// line once there are <see cref="FoldBackgroundFrom"/> or more, so the few contradictions are not lost in a wall.
/// </summary>
internal static class DivergenceSummary
{
    /// <summary>From this many background sentences on, they are reported as one line.</summary>
    public const int FoldBackgroundFrom = 3;

    /// <summary>The most new facts the background line names before "…".</summary>
    private const int FactsShown = 8;

    /// <summary>The headline count (<c>2 contradictions, 3 additions</c>).</summary>
    public static string Counts(IReadOnlyList<Divergence> divergences)
    {
        var contradictions = divergences.Count(d => d.Relation == DivergenceRelation.Contradicts);
        var additions = divergences.Count - contradictions;
        return $"{Count(contradictions, "contradiction")}, {Count(additions, "addition")}";
    }

    /// <summary>The lines: each contradiction, each addition to a supported sentence, and the background (folded or not).</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<Divergence> divergences)
    {
        var ranked = Divergence.Rank(divergences);
        var background = ranked.Where(d => d.Relation == DivergenceRelation.Adds && d.Background).OrderBy(d => d.TargetSentence).ToList();
        var fold = background.Count >= FoldBackgroundFrom;
        foreach (var d in ranked)
        {
            if (!(fold && d.Background))
            {
                yield return Line(d);
            }
        }

        if (fold)
        {
            var sentences = Sentences('T', background.Select(d => d.TargetSentence), ", ");
            var facts = background.SelectMany(d => d.Facts).Distinct(StringComparer.Ordinal).ToList();
            var named = facts.Count == 0
                ? string.Empty
                : "; new facts: " + string.Join(", ", facts.Take(FactsShown)) + (facts.Count > FactsShown ? $", … ({facts.Count} in all)" : string.Empty);
            yield return $"adds (low): {Count(background.Count, "sentence")} add background the source does not report: {sentences}{named}";
        }
    }

    /// <summary>One divergence: relation, kind, severity and its message.</summary>
    public static string Line(Divergence d) => d.Relation == DivergenceRelation.Contradicts
        ? $"contradicts · {DivergenceJson.KindName(d.Kind)} ({DivergenceJson.SeverityName(d.Severity)}): {d.Message}"
        : $"adds ({DivergenceJson.SeverityName(d.Severity)}): {d.Message}";

    /// <summary>The short form beside a sentence already shown as unsupported: only what it adds.</summary>
    public static string Inline(Divergence d) => d.Background
        ? "adds background" + (d.Facts.Count == 0 ? string.Empty : " (new: " + string.Join(", ", d.Facts) + ")")
        : Line(d);
}
