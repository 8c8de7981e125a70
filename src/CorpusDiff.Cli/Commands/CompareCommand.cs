using System.CommandLine;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff compare &lt;source&gt; &lt;target&gt;...</c>: aligns reports with their source and reports coverage, scores and the same-event judgement.</summary>
internal static class CompareCommand
{
    // Below this many targets the run is over before progress would help.
    private const int ProgressFrom = 5;

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The source report, then the reports to compare with it (with --auto-source: all reports, in any order).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format("json", "json", "markdown", "text", "html");
        var output = CommonOptions.Out();
        var quiet = CommonOptions.Quiet();
        var autoSource = new Option<bool>("--auto-source")
        {
            Description = "Choose the source yourself: the most complete report, the one the others are best contained in.",
        };
        var command = new Command("compare", "Align reports sentence by sentence with their source: word diffs, coverage, similarity scores, same-event judgement, divergent claims.")
        {
            files, format, output, quiet, autoSource,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var paths = parse.GetValue(files)!;
            if (paths.Length < 2)
            {
                throw CliException.Usage("compare needs a source and at least one report to compare with it (two files or more).");
            }

            OutputSink.Check(parse.GetValue(output), paths);
            var showProgress = !parse.GetValue(quiet) && paths.Length > ProgressFrom;
            var reading = showProgress ? new ConsoleProgress(context, "read", paths.Length) : null;
            var documents = new List<Document>(paths.Length);
            foreach (var path in paths)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                documents.Add(InputFiles.Read(path));
                reading?.Report(documents.Count);
            }

            reading?.Finish();
            var comparer = CorpusComparer.Default;
            var sourceIndex = parse.GetValue(autoSource) ? comparer.ChooseSource(documents) : 0;
            var source = documents[sourceIndex];
            var targets = documents.Where((_, i) => i != sourceIndex).ToList();
            if (showProgress && sourceIndex != 0)
            {
                context.Error.WriteLine($"corpusdiff: chose {InputWalk.Shown(source.Id)} as the source");
            }

            var progress = showProgress ? new ConsoleProgress(context, "compared", targets.Count) : null;
            var results = comparer.Compare(source, targets, progress);
            progress?.Finish();
            context.Cancellation.ThrowIfCancellationRequested();
            using var sink = OutputSink.Open(parse.GetValue(output), context);
            switch (parse.GetValue(format))
            {
                case "markdown":
                    ComparisonMarkdown.Write(sink.Writer, results);
                    break;
                case "text":
                    ComparisonText.Write(sink.Writer, results);
                    break;
                case "html":
                    ComparisonHtml.Write(sink.Writer, results);
                    break;
                default:
                    ComparisonJson.WriteReport(sink.Writer, results);
                    break;
            }

            context.Cancellation.ThrowIfCancellationRequested();
            sink.Commit();
            return ExitCode.Ok;
        }));
        return command;
    }
}
