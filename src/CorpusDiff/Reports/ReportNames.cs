using CorpusDiff.Alignment;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;
using CorpusDiff.Dedup;
using CorpusDiff.Diffing;

namespace CorpusDiff.Reports;

/// <summary>
/// The one table of enum → report names used by every report format (JSON, markdown, text, HTML): the names are part
/// of the stable report shape (<c>docs/report-format.md</c>), so they are spelled here once.
/// </summary>
public static class ReportNames
{
    /// <summary>Gets the report name of a divergence kind (<c>number</c>, <c>date</c>, …).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its lower-case name.</returns>
    public static string Of(DivergenceKind kind) => kind switch
    {
        DivergenceKind.Number => "number",
        DivergenceKind.Date => "date",
        DivergenceKind.Entity => "entity",
        DivergenceKind.Quantity => "quantity",
        DivergenceKind.Negation => "negation",
        DivergenceKind.Attribution => "attribution",
        DivergenceKind.Unsupported => "unsupported",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown divergence kind."),
    };

    /// <summary>Gets the report name of a severity (<c>low</c>, <c>medium</c>, <c>high</c>).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its lower-case name.</returns>
    public static string Of(DivergenceSeverity severity) => severity switch
    {
        DivergenceSeverity.Low => "low",
        DivergenceSeverity.Medium => "medium",
        DivergenceSeverity.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>Gets the report name of a dedup relation (<c>representative</c>, <c>exact</c>, <c>near-duplicate</c>, <c>contained</c>).</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its lower-case name.</returns>
    public static string Of(DedupRelation relation) => relation switch
    {
        DedupRelation.Representative => "representative",
        DedupRelation.Exact => "exact",
        DedupRelation.NearDuplicate => "near-duplicate",
        DedupRelation.Contained => "contained",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown dedup relation."),
    };

    /// <summary>Gets the report name of a dedup method (<c>minhash</c>, <c>simhash</c>, <c>exact</c>).</summary>
    /// <param name="method">The method.</param>
    /// <returns>Its lower-case name.</returns>
    public static string Of(DedupMethod method) => method switch
    {
        DedupMethod.MinHash => "minhash",
        DedupMethod.SimHash => "simhash",
        DedupMethod.Exact => "exact",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown dedup method."),
    };

    /// <summary>Gets the report name of an alignment kind (<c>verbatim</c>, <c>near-verbatim</c>, <c>paraphrase</c>, <c>partial</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name, as <see cref="SentenceAlignment.KindName"/> spells it.</returns>
    public static string Of(AlignmentKind kind) => SentenceAlignment.KindNameOf(kind);

    /// <summary>Gets the report name of a same-event verdict (<c>yes</c>, <c>partial</c>, <c>no</c>).</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>Its name, as <see cref="SameEventJudgement.VerdictName"/> spells it.</returns>
    public static string Of(SameEvent verdict) => SameEventJudgement.NameOf(verdict);

    /// <summary>Gets the report name of a diff operation (<c>equal</c>, <c>delete</c>, <c>insert</c>).</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>Its name, as <see cref="DiffSegment.OperationName"/> spells it.</returns>
    public static string Of(DiffOperation operation) => new DiffSegment(operation, string.Empty, null, null, 0).OperationName;
}
