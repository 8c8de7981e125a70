using System.Text.Json;
using CorpusDiff.Evaluation;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes an evaluation (<see cref="ConsistencyEvaluation"/>) as JSON:
/// <c>{"threshold","failedLines","datasets":[{"dataset","pairs","positives","rocAuc","balancedAccuracy","bestBalancedAccuracy","bestThreshold","bigramRocAuc","bigramBestBalancedAccuracy"}]}</c>;
/// a figure that is undefined (one class absent) is <c>null</c>.
/// </summary>
public static class EvaluationJson
{
    /// <summary>Writes the report, followed by a line break.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The rows (<see cref="ConsistencyEvaluation.ByDataset"/>).</param>
    /// <param name="decisionThreshold">The threshold the balanced accuracy was taken at.</param>
    /// <param name="failedLines">Input lines that could not be evaluated.</param>
    public static void Write(TextWriter writer, IReadOnlyList<DatasetEvaluation> rows, double decisionThreshold, int failedLines)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ReportJson.WriteLine(writer, ReportJson.Indented, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("threshold", decisionThreshold);
            json.WriteNumber("failedLines", failedLines);
            ReportJson.WriteObjects(json, "datasets", rows, static (json, r) =>
            {
                json.WriteString("dataset", r.Dataset);
                json.WriteNumber("pairs", r.Pairs);
                json.WriteNumber("positives", r.Positives);
                Figure(json, "rocAuc", r.Auc);
                Figure(json, "balancedAccuracy", r.BalancedAccuracy);
                Figure(json, "bestBalancedAccuracy", r.BestBalancedAccuracy);
                Figure(json, "bestThreshold", r.BestThreshold);
                Figure(json, "bigramRocAuc", r.BaselineAuc);
                Figure(json, "bigramBestBalancedAccuracy", r.BaselineBestBalancedAccuracy);
            });
            json.WriteEndObject();
        });
    }

    private static void Figure(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, ReportJson.Round(value));
        }
    }
}
