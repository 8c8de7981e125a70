using System.CommandLine;
using CorpusDiff.Dedup;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff groups --index &lt;file or redis URI&gt;</c>: the duplicate groups over everything an index holds.</summary>
internal static class GroupsCommand
{
    public static Command Create(CliContext context)
    {
        var index = new Option<string>("--index")
        {
            Description = "An LSH index file written by 'dedup --index', or a shared index: redis://HOST:PORT[,HOST:PORT…][/NAME] (rediss:// for TLS; "
                + "password from user:pass@ or CORPUSDIFF_REDIS_PASSWORD).",
            Required = true,
        };
        var threshold = new Option<double>("--threshold", "-t")
        {
            Description = "Jaccard similarity at which pairs judged here (not stored by a run) are near-duplicates (default 0.8).",
            DefaultValueFactory = _ => DedupOptions.Default.Threshold,
        };
        var representative = new Option<string>("--representative")
        {
            Description = "Which member stands for a group: longest, earliest (published) or complete. Default longest.",
            DefaultValueFactory = _ => "longest",
        };
        representative.AcceptOnlyFromAmong("longest", "earliest", "complete");
        var format = CommonOptions.Format("json", "json", "markdown", "text", "html");
        var output = CommonOptions.Out();
        var command = new Command("groups", "Print the duplicate groups over everything in an index: the union of the edges runs stored, a representative per group, relations and scores.")
        {
            index, threshold, representative, format, output,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var options = new DedupOptions
            {
                Threshold = parse.GetValue(threshold),
                Representative = parse.GetValue(representative) switch
                {
                    "earliest" => RepresentativeChoice.EarliestPublished,
                    "complete" => RepresentativeChoice.MostComplete,
                    _ => RepresentativeChoice.Longest,
                },
            };
            options.Validate();
            var where = parse.GetValue(index)!;
            DedupResult result;
            if (SharedIndexCli.IsShared(where))
            {
                result = SharedIndexCli.Groups(where, options);
            }
            else
            {
                if (!File.Exists(where))
                {
                    throw new CliException($"{where}: no such index file.");
                }

                result = IndexGroups.Build(LshIndex.Load(where), options);
            }

            if (!SharedIndexCli.IsShared(where))
            {
                OutputSink.Check(parse.GetValue(output), [where]);
            }

            using var sink = OutputSink.Open(parse.GetValue(output), context);
            switch (parse.GetValue(format))
            {
                case "markdown":
                    DedupReport.WriteMarkdown(sink.Writer, result, options);
                    break;
                case "text":
                    DedupReport.WriteText(sink.Writer, result);
                    break;
                case "html":
                    // An index keeps no text: a member's diff is shown when its file is still where it was indexed.
                    DedupHtml.Write(sink.Writer, result, options, d => d.Path is not null && File.Exists(d.Path) ? InputFiles.Read(d.Path) : null, null);
                    break;
                default:
                    DedupReport.WriteJson(sink.Writer, result, options);
                    break;
            }

            sink.Commit();
            return ExitCode.Ok;
        }));
        return command;
    }
}
