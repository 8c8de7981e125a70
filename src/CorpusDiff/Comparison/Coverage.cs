namespace CorpusDiff.Comparison;

/// <summary>How much of each report the other accounts for.</summary>
/// <param name="SourceSentences">Share of source sentences aligned to some target sentence.</param>
/// <param name="SourceTokens">Share of the source's words covered: each aligned source sentence counts by the share of its weighted content the target matches.</param>
/// <param name="TargetSentences">Share of target sentences aligned to the source.</param>
/// <param name="TargetTokens">Share of the target's words supported: each aligned target sentence counts by its alignment score.</param>
/// <param name="UnalignedSource">Indexes of source sentences no target sentence uses.</param>
/// <param name="UnalignedTarget">Indexes of target sentences the source does not support.</param>
public sealed record Coverage(
    double SourceSentences,
    double SourceTokens,
    double TargetSentences,
    double TargetTokens,
    IReadOnlyList<int> UnalignedSource,
    IReadOnlyList<int> UnalignedTarget);
