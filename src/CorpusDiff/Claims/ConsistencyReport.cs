namespace CorpusDiff.Claims;

/// <summary>How consistent a target report is with its source.</summary>
/// <param name="Consistency">Document-level consistency in [0, 1]; 1 means fully supported; 0 when <see cref="NothingToCheck"/>.</param>
/// <param name="SentenceConsistency">Consistency in [0, 1] of each target sentence, by sentence index.</param>
/// <param name="Divergences">The divergent claims, ordered by target sentence and position.</param>
public sealed record ConsistencyReport(
    double Consistency,
    IReadOnlyList<double> SentenceConsistency,
    IReadOnlyList<Divergence> Divergences)
{
    /// <summary>Gets whether the target had no words to check (an empty report): then <see cref="Consistency"/> means nothing and is 0.</summary>
    public bool NothingToCheck { get; init; }

    /// <summary>Gets the measurements the document score was computed from (for calibration); default when <see cref="NothingToCheck"/>.</summary>
    internal ConsistencyFeatures Features { get; init; }
}
