using System.CommandLine;
using CorpusDiff.Claims;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff check --jsonl &lt;file&gt;</c>: consistency and divergences for each (source, summary) pair.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("check", "Score each summary's consistency with its source and list divergent claims, one JSON line per input line.");
        var verb = new JsonlVerb(command, "A JSON-lines file; each line {\"id\",\"source\",\"summary\"} (other fields ignored).", labelled: false, "checked");
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var checker = ClaimChecker.Default;
            return verb.Run(parse, context, checker, (results, writer) => JsonlPairs.Consume(results, context, result =>
                CheckLineJson.WriteLine(writer, result.Pair!.IdJson, result.Report!, checker.IsConsistent(result.Report!.Consistency))));
        }));
        return command;
    }
}
