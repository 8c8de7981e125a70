namespace CorpusDiff.Evaluation;

/// <summary>Evaluates consistency scores on labelled pairs, per dataset and overall (what <c>corpusdiff eval</c> reports).</summary>
public static class ConsistencyEvaluation
{
    /// <summary>The name of the row over all datasets together.</summary>
    public const string Overall = "overall";

    /// <summary>Measures each dataset (ordinal name order), then, when there are several, all of them together.</summary>
    /// <param name="pairs">The scored, labelled pairs.</param>
    /// <param name="decisionThreshold">The threshold the checker decides at (<see cref="Claims.ClaimOptions.DecisionThreshold"/>).</param>
    /// <returns>One row per dataset, then an <see cref="Overall"/> row if there is more than one dataset.</returns>
    public static IReadOnlyList<DatasetEvaluation> ByDataset(IReadOnlyList<LabelledScore> pairs, double decisionThreshold)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var rows = pairs.GroupBy(p => p.Dataset, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Measure(g.Key, [.. g], decisionThreshold)).ToList();
        if (rows.Count > 1)
        {
            rows.Add(Measure(Overall, pairs, decisionThreshold));
        }

        return rows;
    }

    /// <summary>Measures one set of pairs.</summary>
    /// <param name="name">The row's name.</param>
    /// <param name="pairs">The scored, labelled pairs.</param>
    /// <param name="decisionThreshold">The threshold the checker decides at.</param>
    /// <returns>The row.</returns>
    public static DatasetEvaluation Measure(string name, IReadOnlyList<LabelledScore> pairs, double decisionThreshold)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(pairs);
        var scores = pairs.Select(p => p.Score).ToArray();
        var baseline = pairs.Select(p => p.Baseline).ToArray();
        var labels = pairs.Select(p => p.Consistent).ToArray();
        var best = ConsistencyMetrics.BestThreshold(scores, labels);
        var baselineBest = ConsistencyMetrics.BestThreshold(baseline, labels);
        return new DatasetEvaluation(
            name, pairs.Count, labels.Count(l => l),
            ConsistencyMetrics.RocAuc(scores, labels),
            ConsistencyMetrics.BalancedAccuracy(scores, labels, decisionThreshold),
            best.BalancedAccuracy, best.Threshold,
            ConsistencyMetrics.RocAuc(baseline, labels), baselineBest.BalancedAccuracy);
    }
}
