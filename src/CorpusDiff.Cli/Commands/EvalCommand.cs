using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CorpusDiff.Claims;
using CorpusDiff.Evaluation;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff eval --jsonl &lt;file&gt;</c>: ROC AUC and balanced accuracy of the consistency score on labelled pairs.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var jsonl = new Option<string>("--jsonl")
        {
            Description = "A labelled JSON-lines file; each line {\"id\",\"source\",\"summary\",\"label\" (1 = consistent),\"dataset\"}.",
            Required = true,
        };
        var format = CommonOptions.Format("text", "text", "json");
        var output = CommonOptions.Out();
        var command = new Command("eval", "Measure how well the consistency score separates consistent from inconsistent summaries, per dataset and overall.")
        {
            jsonl, format, output,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var checker = ClaimChecker.Default;
            var rows = new List<(string Dataset, double Score, double Bigram, bool Label)>();
            var failed = 0;
            OutputSink.Check(parse.GetValue(output), [parse.GetValue(jsonl)!]);
            foreach (var result in JsonlPairs.Check(parse.GetValue(jsonl)!, needLabel: true, checker, baseline: true))
            {
                context.Cancellation.ThrowIfCancellationRequested();
                if (result.Error is not null)
                {
                    context.Error.WriteLine($"corpusdiff: {result.Error}");
                    failed++;
                    continue;
                }

                rows.Add((result.Pair!.Dataset, result.Report!.Consistency, result.Bigram, result.Pair.Label == 1));
            }

            var groups = rows.GroupBy(r => r.Dataset).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Measure(g.Key, g.ToList(), checker)).ToList();
            if (groups.Count > 1)
            {
                groups.Add(Measure("overall", rows, checker));
            }

            using var sink = OutputSink.Open(parse.GetValue(output), context);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(sink.Writer, groups, checker, failed);
            }
            else
            {
                WriteText(sink.Writer, groups, checker, failed);
            }

            sink.Commit();

            if (failed > 0)
            {
                context.Error.WriteLine($"corpusdiff: {failed} line(s) could not be evaluated.");
                return CliApp.Failed;
            }

            return CliApp.Ok;
        }));
        return command;
    }

    private static EvalRow Measure(string name, List<(string Dataset, double Score, double Bigram, bool Label)> rows, ClaimChecker checker)
    {
        var scores = rows.Select(r => r.Score).ToArray();
        var bigrams = rows.Select(r => r.Bigram).ToArray();
        var labels = rows.Select(r => r.Label).ToArray();
        var best = ConsistencyMetrics.BestThreshold(scores, labels);
        var bigramBest = ConsistencyMetrics.BestThreshold(bigrams, labels);
        return new EvalRow(
            name, rows.Count, labels.Count(l => l),
            ConsistencyMetrics.RocAuc(scores, labels),
            ConsistencyMetrics.BalancedAccuracy(scores, labels, checker.Options.DecisionThreshold),
            best.BalancedAccuracy, best.Threshold,
            ConsistencyMetrics.RocAuc(bigrams, labels), bigramBest.BalancedAccuracy);
    }

    private static void WriteText(TextWriter writer, List<EvalRow> rows, ClaimChecker checker, int failed)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"decision threshold {checker.Options.DecisionThreshold:0.###}"));
        writer.WriteLine($"{"dataset",-10} {"pairs",6} {"pos",5} {"AUC",7} {"bal.acc",8} {"best b.a.",9} {"at",6} {"bigram AUC",11} {"bigram b.a.",12}");
        foreach (var r in rows)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{Reports.SafeText.Escape(r.Dataset),-10} {r.Pairs,6} {r.Positives,5} {r.Auc,7:0.000} {r.BalancedAccuracy,8:0.000} {r.BestBalancedAccuracy,9:0.000} {r.BestThreshold,6:0.000} {r.BigramAuc,11:0.000} {r.BigramBestBalancedAccuracy,12:0.000}"));
        }

        if (failed > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failed} line(s) skipped (see standard error)"));
        }
    }

    private static void WriteJson(TextWriter writer, List<EvalRow> rows, ClaimChecker checker, int failed) =>
        ReportJson.WriteLine(writer, ReportJson.Indented, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("threshold", checker.Options.DecisionThreshold);
            json.WriteNumber("failedLines", failed);
            json.WriteStartArray("datasets");
            foreach (var r in rows)
            {
                json.WriteStartObject();
                json.WriteString("dataset", r.Dataset);
                json.WriteNumber("pairs", r.Pairs);
                json.WriteNumber("positives", r.Positives);
                Number(json, "rocAuc", r.Auc);
                Number(json, "balancedAccuracy", r.BalancedAccuracy);
                Number(json, "bestBalancedAccuracy", r.BestBalancedAccuracy);
                Number(json, "bestThreshold", r.BestThreshold);
                Number(json, "bigramRocAuc", r.BigramAuc);
                Number(json, "bigramBestBalancedAccuracy", r.BigramBestBalancedAccuracy);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, Math.Round(value, 4));
        }
    }
}
