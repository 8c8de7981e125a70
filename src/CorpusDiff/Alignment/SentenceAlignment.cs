using CorpusDiff.Diffing;

namespace CorpusDiff.Alignment;

/// <summary>
/// One aligned group: target sentences and the source sentences that support them (1:1, 1:n fusion, n:1 split),
/// with a score, a kind and the word diff between them.
/// </summary>
/// <param name="Source">Indexes of the source sentences (ascending) in the source document's <c>Sentences</c>.</param>
/// <param name="Target">Indexes of the target sentences (ascending) in the target document's <c>Sentences</c>.</param>
/// <param name="Score">How well the source supports the target, in [0, 1] (1 for verbatim): the share of the target's weighted content the source matches, blended with the two sides' word and character n-gram cosine (see <see cref="AlignerOptions.SymmetricWeight"/>).</param>
/// <param name="Kind">Verbatim, near-verbatim, paraphrase or partial.</param>
/// <param name="Diff">The word diff from the source sentences to the target sentences.</param>
public sealed record SentenceAlignment(
    IReadOnlyList<int> Source,
    IReadOnlyList<int> Target,
    double Score,
    AlignmentKind Kind,
    IReadOnlyList<DiffSegment> Diff)
{
    /// <summary>Gets the report name of the kind (<c>verbatim</c>, <c>near-verbatim</c>, <c>paraphrase</c>, <c>partial</c>).</summary>
    public string KindName => KindNameOf(Kind);

    /// <summary>Gets the report name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its lower-case, hyphenated name.</returns>
    public static string KindNameOf(AlignmentKind kind) => kind switch
    {
        AlignmentKind.Verbatim => "verbatim",
        AlignmentKind.NearVerbatim => "near-verbatim",
        AlignmentKind.Paraphrase => "paraphrase",
        AlignmentKind.Partial => "partial",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alignment kind."),
    };
}
