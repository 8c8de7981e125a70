using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// Finds divergent claims in a target report against its source. Immutable and thread-safe; build once and reuse.
/// </summary>
public sealed class ClaimChecker
{
    /// <summary>Gets a checker with default settings.</summary>
    public static ClaimChecker Default { get; } = new();

    /// <summary>Checks every target sentence against its aligned source sentences first, then the whole source.</summary>
    /// <param name="source">The source report.</param>
    /// <param name="target">The report to check.</param>
    /// <param name="alignedSources">For each target sentence (by index), the source sentences aligned to it; <see langword="null"/> when no alignment is known.</param>
    /// <returns>The consistency scores and divergences.</returns>
    public ConsistencyReport Check(Document source, Document target, IReadOnlyList<IReadOnlyList<int>>? alignedSources = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        _ = alignedSources;

        // PLACEHOLDER until the claims work lands: reports nothing, so callers can be wired end to end.
        return new ConsistencyReport(1.0, Enumerable.Repeat(1.0, target.Sentences.Count).ToArray(), []);
    }
}
