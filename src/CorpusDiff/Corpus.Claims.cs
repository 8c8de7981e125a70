using CorpusDiff.Claims;
using CorpusDiff.Documents;

namespace CorpusDiff;

/// <summary>Divergent claims and consistency scores.</summary>
public static partial class Corpus
{
    /// <summary>Checks a target report against its source with the given checker, or <see cref="ClaimChecker.Default"/>.</summary>
    /// <param name="source">The source report.</param>
    /// <param name="target">The report to check.</param>
    /// <param name="alignedSources">For each target sentence, its aligned source sentences; <see langword="null"/> to find them.</param>
    /// <param name="checker">The checker to use; <see langword="null"/> for the default.</param>
    /// <returns>Consistency scores and divergences.</returns>
    public static ConsistencyReport Check(Document source, Document target, IReadOnlyList<IReadOnlyList<int>>? alignedSources = null, ClaimChecker? checker = null) =>
        (checker ?? ClaimChecker.Default).Check(source, target, alignedSources);

    /// <summary>Extracts the checkable claims of every sentence of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>For each sentence, its claims in text order.</returns>
    public static IReadOnlyList<IReadOnlyList<Claim>> ExtractClaims(Document document) =>
        ClaimExtractor.Default.Extract(document);
}
