namespace CorpusDiff.Alignment;

/// <summary>What the aligner found for one target sentence, whether or not it aligned it: the evidence a same-event judge weighs.</summary>
/// <param name="Sources">The best-supporting source sentences (ascending); empty when no source sentence shares a term.</param>
/// <param name="Score">How much of the sentence's weighted content those sources support, in [0, 1].</param>
/// <param name="Anchored">Whether the support rests on specific terms (names, numbers, rare words), not on generic vocabulary.</param>
/// <param name="StatesUnknownNumber">Whether the sentence states a number the source nowhere states (a year, a count of another occasion).</param>
/// <param name="ForeignTerms">How many specific terms of the sentence the source lacks altogether.</param>
/// <param name="ForeignFacts">How many of those are names or numbers: the facts of another story, where the rest is often a paraphrase's own vocabulary.</param>
internal readonly record struct TargetEvidence(int[] Sources, double Score, bool Anchored, bool StatesUnknownNumber, int ForeignTerms, int ForeignFacts)
{
    /// <summary>
    /// Gets whether the sentence shares the source's facts: its best match rests on specific terms, and it states no
    /// number the source nowhere states (which would make it about another occasion).
    /// </summary>
    public bool SharesSourceFacts => Anchored && !StatesUnknownNumber;
}
