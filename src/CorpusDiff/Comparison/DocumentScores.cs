namespace CorpusDiff.Comparison;

/// <summary>Document-level similarity of a target to its source, each in [0, 1], for sorting and filtering.</summary>
/// <param name="ShingleJaccard">Jaccard similarity of the two reports' word 3-shingle sets (symmetric; high for copies).</param>
/// <param name="Containment">Share of the target's word 3-shingles found in the source (high for shortened reprints).</param>
/// <param name="TfidfCosine">Cosine of the content-term vectors weighted by IDF over the two reports' sentences.</param>
/// <param name="AlignedShare">Share of the target's words in sentences aligned to the source (any kind).</param>
public sealed record DocumentScores(double ShingleJaccard, double Containment, double TfidfCosine, double AlignedShare)
{
    /// <summary>Gets the measures as (name, value) pairs in report order, with the names JSON reports use.</summary>
    /// <returns>The named measures.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> Named() =>
    [
        new("shingleJaccard", ShingleJaccard),
        new("containment", Containment),
        new("tfidfCosine", TfidfCosine),
        new("alignedShare", AlignedShare),
    ];
}
