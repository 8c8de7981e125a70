namespace CorpusDiff.Evaluation;

/// <summary>How well consistency scores separate consistent from inconsistent pairs: ROC AUC and balanced accuracy.</summary>
public static class ConsistencyMetrics
{
    /// <summary>Computes the area under the ROC curve (ties count half).</summary>
    /// <param name="scores">One score per pair; higher means more consistent.</param>
    /// <param name="labels">One label per pair; <see langword="true"/> means consistent.</param>
    /// <returns>The AUC in [0, 1], or <see cref="double.NaN"/> when one class is absent.</returns>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Check(scores, labels);
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positives = labels.Count(l => l), negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        // Mann-Whitney U with average ranks for ties.
        double rankSum = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[i]])
            {
                j++;
            }

            var rank = ((i + j) / 2.0) + 1;
            for (var k = i; k <= j; k++)
            {
                if (labels[order[k]])
                {
                    rankSum += rank;
                }
            }

            i = j + 1;
        }

        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    /// <summary>Computes balanced accuracy (mean of the true-positive and true-negative rates) at a threshold.</summary>
    /// <param name="scores">One score per pair.</param>
    /// <param name="labels">One label per pair; <see langword="true"/> means consistent.</param>
    /// <param name="threshold">Scores at or above it are predicted consistent.</param>
    /// <returns>The balanced accuracy in [0, 1], or <see cref="double.NaN"/> when one class is absent.</returns>
    public static double BalancedAccuracy(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        Check(scores, labels);
        double tp = 0, fn = 0, tn = 0, fp = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predicted = scores[i] >= threshold;
            if (labels[i])
            {
                if (predicted)
                {
                    tp++;
                }
                else
                {
                    fn++;
                }
            }
            else if (predicted)
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return tp + fn == 0 || tn + fp == 0 ? double.NaN : ((tp / (tp + fn)) + (tn / (tn + fp))) / 2;
    }

    /// <summary>Finds the threshold that maximises balanced accuracy (the lowest such score).</summary>
    /// <param name="scores">One score per pair.</param>
    /// <param name="labels">One label per pair.</param>
    /// <returns>The threshold and the balanced accuracy it reaches.</returns>
    public static (double Threshold, double BalancedAccuracy) BestThreshold(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Check(scores, labels);
        var best = (Threshold: 0.5, BalancedAccuracy: double.NaN);
        foreach (var candidate in scores.Distinct().Order())
        {
            var accuracy = BalancedAccuracy(scores, labels, candidate);
            if (double.IsNaN(best.BalancedAccuracy) || accuracy > best.BalancedAccuracy)
            {
                best = (candidate, accuracy);
            }
        }

        return best;
    }

    private static void Check(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException($"scores has {scores.Count} entries but labels has {labels.Count}.", nameof(labels));
        }
    }
}
