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
        var format = CommonOptions.Format("text", "text", "json");
        var command = new Command("eval", "Measure how well the consistency score separates consistent from inconsistent summaries, per dataset and overall.");
        var verb = new JsonlVerb(command, "A labelled JSON-lines file; each line {\"id\",\"source\",\"summary\",\"label\" (1 = consistent),\"dataset\"}.", labelled: true, "evaluated", format);
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var checker = ClaimChecker.Default;
            return verb.Run(parse, context, checker, (results, writer) =>
            {
                var pairs = new List<LabelledScore>();
                var failed = JsonlPairs.Consume(results, context, result =>
                    pairs.Add(new LabelledScore(result.Pair!.Dataset, result.Report!.Consistency, result.Bigram, result.Pair.Label == 1)));
                var threshold = checker.Options.DecisionThreshold;
                var rows = ConsistencyEvaluation.ByDataset(pairs, threshold);
                if (parse.GetValue(format) == "json")
                {
                    EvaluationJson.Write(writer, rows, threshold, failed);
                }
                else
                {
                    EvaluationText.Write(writer, rows, threshold, failed);
                }

                return failed;
            });
        }));
        return command;
    }
}
