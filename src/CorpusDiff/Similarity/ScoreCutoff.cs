namespace CorpusDiff.Similarity;

/// <summary>Validates the score cutoffs of normalized similarities.</summary>
internal static class ScoreCutoff
{
    /// <summary>Throws unless the cutoff is a number in [0, 1].</summary>
    /// <param name="scoreCutoff">The cutoff.</param>
    public static void Validate(double scoreCutoff)
    {
        if (!(scoreCutoff >= 0.0 && scoreCutoff <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(scoreCutoff), scoreCutoff, "scoreCutoff must be between 0 and 1.");
        }
    }
}
