using System.CommandLine;
using CorpusDiff.Claims;
using CorpusDiff.Evaluation;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff eval --jsonl &lt;file&gt;</c>: ROC AUC and balanced accuracy of the consistency score on labelled pairs.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var jsonl = CommonOptions.Jsonl("A labelled JSON-lines file; each line {\"id\",\"source\",\"summary\",\"label\" (1 = consistent),\"dataset\"}.");
        var format = CommonOptions.Format("text", "text", "json");
        var output = CommonOptions.Out();
        var command = new Command("eval", "Measure how well the consistency score separates consistent from inconsistent summaries, per dataset and overall.")
        {
            jsonl, format, output,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var checker = ClaimChecker.Default;
            var pairs = new List<LabelledScore>();
            OutputSink.Check(parse.GetValue(output), [parse.GetValue(jsonl)!]);
            var failed = JsonlPairs.Consume(JsonlPairs.Check(parse.GetValue(jsonl)!, needLabel: true, checker, baseline: true), context, result =>
                pairs.Add(new LabelledScore(result.Pair!.Dataset, result.Report!.Consistency, result.Bigram, result.Pair.Label == 1)));

            var threshold = checker.Options.DecisionThreshold;
            var rows = ConsistencyEvaluation.ByDataset(pairs, threshold);

            using var sink = OutputSink.Open(parse.GetValue(output), context);
            if (parse.GetValue(format) == "json")
            {
                EvaluationJson.Write(sink.Writer, rows, threshold, failed);
            }
            else
            {
                EvaluationText.Write(sink.Writer, rows, threshold, failed);
            }

            sink.Commit();
            return JsonlPairs.ExitCode(context, failed, "evaluated");
        }));
        return command;
    }
}
