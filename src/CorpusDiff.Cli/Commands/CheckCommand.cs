using System.CommandLine;
using System.Text.Json;
using CorpusDiff.Claims;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff check --jsonl &lt;file&gt;</c>: consistency and divergences for each (source, summary) pair.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var jsonl = new Option<string>("--jsonl")
        {
            Description = "A JSON-lines file; each line {\"id\",\"source\",\"summary\"} (other fields ignored).",
            Required = true,
        };
        var output = CommonOptions.Out();
        var command = new Command("check", "Score each summary's consistency with its source and list divergent claims, one JSON line per input line.")
        {
            jsonl, output,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var checker = ClaimChecker.Default;
            var results = JsonlPairs.Check(parse.GetValue(jsonl)!, needLabel: false, checker);
            using var sink = OutputSink.Open(parse.GetValue(output), context);
            var failed = 0;
            using var buffer = new MemoryStream();
            foreach (var result in results)
            {
                if (result.Error is not null)
                {
                    context.Error.WriteLine($"corpusdiff: {result.Error}");
                    failed++;
                    continue;
                }

                buffer.SetLength(0);
                using (var json = new Utf8JsonWriter(buffer))
                {
                    Write(json, result, checker);
                }

                sink.Writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }

            if (failed > 0)
            {
                context.Error.WriteLine($"corpusdiff: {failed} line(s) could not be checked.");
                return CliApp.Failed;
            }

            return CliApp.Ok;
        }));
        return command;
    }

    private static void Write(Utf8JsonWriter json, PairResult result, ClaimChecker checker)
    {
        var report = result.Report!;
        json.WriteStartObject();
        json.WritePropertyName("id");
        if (result.Pair!.IdJson is { } id)
        {
            json.WriteRawValue(id);
        }
        else
        {
            json.WriteNullValue();
        }

        if (report.NothingToCheck)
        {
            json.WriteNull("consistency");
            json.WriteNull("consistent");
            json.WriteString("note", "nothing to check");
        }
        else
        {
            json.WriteNumber("consistency", Math.Round(report.Consistency, 4));
            json.WriteBoolean("consistent", checker.IsConsistent(report.Consistency));
        }
        json.WriteStartArray("divergences");
        foreach (var divergence in report.Divergences)
        {
            DivergenceJson.Write(json, divergence);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
