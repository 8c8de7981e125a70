using System.CommandLine;
using CorpusDiff.Claims;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff check --jsonl &lt;file&gt;</c>: consistency and divergences for each (source, summary) pair.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var jsonl = CommonOptions.Jsonl("A JSON-lines file; each line {\"id\",\"source\",\"summary\"} (other fields ignored).");
        var output = CommonOptions.Out();
        var command = new Command("check", "Score each summary's consistency with its source and list divergent claims, one JSON line per input line.")
        {
            jsonl, output,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var checker = ClaimChecker.Default;
            OutputSink.Check(parse.GetValue(output), [parse.GetValue(jsonl)!]);
            var results = JsonlPairs.Check(parse.GetValue(jsonl)!, needLabel: false, checker);
            using var sink = OutputSink.Open(parse.GetValue(output), context);
            var failed = JsonlPairs.Consume(results, context, result =>
                CheckLineJson.WriteLine(sink.Writer, result.Pair!.IdJson, result.Report!, checker.IsConsistent(result.Report!.Consistency)));
            sink.Commit();
            return JsonlPairs.ExitCode(context, failed, "checked");
        }));
        return command;
    }
}
