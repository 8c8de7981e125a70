using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>One claim in a target report that diverges from its source, with where and why.</summary>
/// <param name="Kind">What kind of divergence.</param>
/// <param name="TargetSentence">Index of the target sentence in the target document's <see cref="Document.Sentences"/>.</param>
/// <param name="SourceSentences">Indexes of the source sentences compared against (may be empty).</param>
/// <param name="TargetSpan">The diverging words in the target's original text.</param>
/// <param name="SourceSpan">The corresponding words in the source's original text, or <see langword="null"/> when the source has none.</param>
/// <param name="Severity">How much it matters (see <see cref="DivergenceSeverity"/> for the rule).</param>
/// <param name="Message">
/// A sentence a person understands, saying what the target says, what the source says (or that it says nothing) and
/// where, e.g. <c>target T1 says 521 million euros; source S1 says 512 million euros</c>.
/// </param>
public sealed record Divergence(
    DivergenceKind Kind,
    int TargetSentence,
    IReadOnlyList<int> SourceSentences,
    TextSpan TargetSpan,
    TextSpan? SourceSpan,
    DivergenceSeverity Severity,
    string Message)
{
    /// <summary>
    /// Gets whether the target contradicts the source or adds to it. Defaults from <see cref="Kind"/>:
    /// <see cref="DivergenceKind.Unsupported"/> adds, every other kind contradicts.
    /// </summary>
    public DivergenceRelation Relation { get; init; } = Kind == DivergenceKind.Unsupported ? DivergenceRelation.Adds : DivergenceRelation.Contradicts;

    /// <summary>
    /// Gets, for an addition, the new facts the sentence states (numbers, dates, names the source never gives), as
    /// written in the target; empty when the sentence adds no checkable fact or for a contradiction.
    /// </summary>
    public IReadOnlyList<string> Facts { get; init; } = [];

    /// <summary>
    /// Gets whether the whole target sentence is background the source does not report (no source sentence supports
    /// it), rather than a supported sentence carrying a new fact.
    /// </summary>
    public bool Background { get; init; }

    /// <summary>
    /// Orders divergences the way a reader wants them: contradictions before additions, then by severity (high first),
    /// then by where they stand in the target.
    /// </summary>
    /// <param name="divergences">The divergences.</param>
    /// <returns>The same divergences, ranked.</returns>
    public static IReadOnlyList<Divergence> Rank(IEnumerable<Divergence> divergences)
    {
        ArgumentNullException.ThrowIfNull(divergences);
        return [.. divergences.OrderBy(d => d.Relation).ThenByDescending(d => d.Severity).ThenBy(d => d.TargetSentence).ThenBy(d => d.TargetSpan.Start)];
    }
}
