using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>One claim in a target report that diverges from its source, with where and why.</summary>
/// <param name="Kind">What kind of divergence.</param>
/// <param name="TargetSentence">Index of the target sentence in the target document's <see cref="Document.Sentences"/>.</param>
/// <param name="SourceSentences">Indexes of the source sentences compared against (may be empty).</param>
/// <param name="TargetSpan">The diverging words in the target's original text.</param>
/// <param name="SourceSpan">The corresponding words in the source's original text, or <see langword="null"/> when the source has none.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">A sentence a person understands, e.g. <c>source: March 3 (a Friday); target: Thursday</c>.</param>
public sealed record Divergence(
    DivergenceKind Kind,
    int TargetSentence,
    IReadOnlyList<int> SourceSentences,
    TextSpan TargetSpan,
    TextSpan? SourceSpan,
    DivergenceSeverity Severity,
    string Message);
