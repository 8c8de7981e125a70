using System.CommandLine;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff inspect &lt;file&gt;...</c>: prints the parsed document model.</summary>
internal static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("file") { Description = "News files to parse.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("json", "json", "text");
        var output = CommonOptions.Out();
        var command = new Command("inspect", "Parse news files and print headers, sentences (with offsets) and removed boilerplate.")
        {
            files, format, output,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var paths = parse.GetValue(files)!;
            OutputSink.Check(parse.GetValue(output), paths);
            var documents = paths.Select(InputFiles.Read).ToList();
            context.Cancellation.ThrowIfCancellationRequested();
            using var sink = OutputSink.Open(parse.GetValue(output), context);
            if (parse.GetValue(format) == "text")
            {
                DocumentText.Write(sink.Writer, documents);
            }
            else
            {
                DocumentJson.WriteReport(sink.Writer, documents);
            }

            sink.Commit();
            return ExitCode.Ok;
        }));
        return command;
    }
}
