using System.Globalization;
using CorpusDiff.Evaluation;

namespace CorpusDiff.Reports;

/// <summary>Writes an evaluation (<see cref="ConsistencyEvaluation"/>) as a fixed-width text table.</summary>
public static class EvaluationText
{
    /// <summary>Writes the table: the decision threshold, one row per dataset, and how many input lines were skipped.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The rows (<see cref="ConsistencyEvaluation.ByDataset"/>).</param>
    /// <param name="decisionThreshold">The threshold the balanced accuracy was taken at.</param>
    /// <param name="failedLines">Input lines that could not be evaluated.</param>
    public static void Write(TextWriter writer, IReadOnlyList<DatasetEvaluation> rows, double decisionThreshold, int failedLines)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"decision threshold {decisionThreshold:0.###}"));
        writer.WriteLine($"{"dataset",-10} {"pairs",6} {"pos",5} {"AUC",7} {"bal.acc",8} {"best b.a.",9} {"at",6} {"bigram AUC",11} {"bigram b.a.",12}");
        foreach (var r in rows)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{SafeText.Escape(r.Dataset),-10} {r.Pairs,6} {r.Positives,5} {r.Auc,7:0.000} {r.BalancedAccuracy,8:0.000} {r.BestBalancedAccuracy,9:0.000} {r.BestThreshold,6:0.000} {r.BaselineAuc,11:0.000} {r.BaselineBestBalancedAccuracy,12:0.000}"));
        }

        if (failedLines > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failedLines} line(s) skipped (see standard error)"));
        }
    }
}
