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
                throw new CliException("compare needs a source and at least one report to compare with it (two files or more).");
            }

            var showProgress = !parse.GetValue(quiet) && paths.Length > ProgressFrom;
            var documents = new List<Document>(paths.Length);
            foreach (var path in paths)
            {
                documents.Add(InputFiles.Read(path));
                if (showProgress && context.ErrorIsTerminal)
                {
                    context.Error.Write($"\rcorpusdiff: read {documents.Count}/{paths.Length} files");
                }
            }

            if (showProgress)
            {
                context.Error.WriteLine(context.ErrorIsTerminal ? string.Empty : $"corpusdiff: read {documents.Count} files");
            }

            var comparer = CorpusComparer.Default;
            var sourceIndex = parse.GetValue(autoSource) ? comparer.ChooseSource(documents) : 0;
            var source = documents[sourceIndex];
            var targets = documents.Where((_, i) => i != sourceIndex).ToList();
            if (showProgress && sourceIndex != 0)
            {
                context.Error.WriteLine($"corpusdiff: chose {source.Id} as the source");
            }

            var progress = showProgress ? new Progress(context, targets.Count) : null;
            var results = comparer.Compare(source, targets, progress);
            progress?.Finish();
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
                    WriteJson(sink.Writer, results);
                    break;
            }

            return CliApp.Ok;
        }));
        return command;
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<ComparisonResult> results) =>
        ReportJson.WriteLine(writer, ReportJson.Indented, json => ComparisonJson.Write(json, results));

    /// <summary>
    /// Progress on standard error; reports arrive from worker threads, so writes are serialised. A terminal gets one
    /// redrawn line; a log file gets one line at the end instead of a run of carriage returns.
    /// </summary>
    private sealed class Progress(CliContext context, int total) : IProgress<int>
    {
        private readonly Lock gate = new();
        private int done;

        public void Report(int value)
        {
            lock (gate)
            {
                done = Math.Max(done, value);
                if (context.ErrorIsTerminal)
                {
                    context.Error.Write($"\rcorpusdiff: compared {done}/{total}");
                }
            }
        }

        public void Finish()
        {
            lock (gate)
            {
                context.Error.WriteLine(context.ErrorIsTerminal ? string.Empty : $"corpusdiff: compared {done}/{total}");
            }
        }
    }
}
