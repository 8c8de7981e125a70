using System.CommandLine;
using System.Globalization;
using CorpusDiff.Dedup;
using CorpusDiff.Documents;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff dedup &lt;file-or-folder&gt;...</c>: groups exact copies, near-duplicates and shortened reprints.</summary>
internal static class DedupCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("file-or-folder")
        {
            Description = "Files and folders; folders are walked recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var threshold = new Option<double>("--threshold", "-t")
        {
            Description = "Shingle-set Jaccard similarity at which two reports are near-duplicates (default 0.8).",
            DefaultValueFactory = _ => DedupOptions.Default.Threshold,
        };
        CommonOptions.Range(threshold, v => v is > 0 and <= 1, "must be in (0, 1]");
        var method = new Option<string>("--method", "-m")
        {
            Description = "minhash (LSH, finds near-duplicates and shortened reprints), simhash (cheaper, lower recall) or exact (identical normalized text only). Default minhash.",
            DefaultValueFactory = _ => "minhash",
        };
        method.AcceptOnlyFromAmong("minhash", "simhash", "exact");
        var representative = new Option<string>("--representative")
        {
            Description = "Which member stands for a group: longest, earliest (published) or complete (contains most of the others). Default longest.",
            DefaultValueFactory = _ => "longest",
        };
        representative.AcceptOnlyFromAmong("longest", "earliest", "complete");
        var shingle = new Option<string>("--shingle")
        {
            Description = "Shingles made of words or characters (char). Default word.",
            DefaultValueFactory = _ => "word",
        };
        shingle.AcceptOnlyFromAmong("word", "char");
        var k = new Option<int>("--k")
        {
            Description = "Shingle length in words or characters (default 5).",
            DefaultValueFactory = _ => DedupOptions.Default.ShingleSize,
        };
        CommonOptions.Range(k, v => v is >= 1 and <= 32, "must be between 1 and 32");
        var index = new Option<string?>("--index")
        {
            Description = "An LSH index file (MinHash only). If it exists it is loaded and every input is checked against the documents indexed "
                + "earlier (reported under \"index\"); then the inputs are added (replacing entries with the same full path) and the file is saved back.",
        };
        var glob = new Option<string>("--glob")
        {
            Description = $"File patterns to take from folders, ';'-separated, matched case-insensitively; a pattern with '/' matches the path below the folder ('**' spans folders). Default {InputWalk.DefaultGlob}.",
            DefaultValueFactory = _ => InputWalk.DefaultGlob,
        };
        var failFast = new Option<bool>("--fail-fast")
        {
            Description = "Stop at the first file that cannot be read, without a report. By default each bad file is reported on standard error, "
                + "the rest are deduplicated and reported, and the exit code is 1.",
        };
        var format = CommonOptions.Format("json", "json", "markdown", "text");
        var output = CommonOptions.Out();
        var quiet = CommonOptions.Quiet();
        var command = new Command("dedup", "Group exact copies, near-duplicates and shortened reprints; every report lands in exactly one group.")
        {
            inputs, threshold, method, representative, shingle, k, index, glob, format, output, quiet, failFast,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var options = new DedupOptions
            {
                Threshold = parse.GetValue(threshold),
                ShingleKind = parse.GetValue(shingle) == "char" ? ShingleKind.Character : ShingleKind.Word,
                ShingleSize = parse.GetValue(k),
                Method = parse.GetValue(method) switch { "simhash" => DedupMethod.SimHash, "exact" => DedupMethod.Exact, _ => DedupMethod.MinHash },
                Representative = parse.GetValue(representative) switch
                {
                    "earliest" => RepresentativeChoice.EarliestPublished,
                    "complete" => RepresentativeChoice.MostComplete,
                    _ => RepresentativeChoice.Longest,
                },
            };
            var indexPath = parse.GetValue(index);
            if (indexPath is not null && options.Method != DedupMethod.MinHash)
            {
                throw CliException.Usage("--index works with --method minhash only.");
            }

            var outPath = parse.GetValue(output);
            var walk = InputWalk.Expand(parse.GetValue(inputs)!, parse.GetValue(glob)!, context.Error);
            var inputPaths = walk.Files.Select(f => f.Path).ToList();
            OutputSink.Check(outPath, indexPath is null ? inputPaths : [.. inputPaths, indexPath]);
            OutputSink.Check(indexPath, inputPaths, "--index");
            var bad = new BadFiles(context, parse.GetValue(failFast));
            foreach (var (path, reason) in walk.Bad)
            {
                bad.Add(path, reason);
            }

            var progress = parse.GetValue(quiet) ? null : new ConsoleProgress(context, "signed", walk.Files.Count);
            var deduplicator = new Deduplicator(options);
            var result = deduplicator.Deduplicate(walk.Files, f => bad.Read(() => Read(f.Id, f.Path), f.Path), progress, context.Cancellation);
            progress?.Finish();

            // The report is written (to a temporary file) before the index is committed, and the index only after:
            // a run that fails or is interrupted on the way leaves the index as it was.
            using var session = indexPath is null ? null : BeginIndex(indexPath, deduplicator, result, context);
            using var sink = OutputSink.Open(outPath, context);
            var report = new DedupReportWriter(result, options, session?.Report);
            switch (parse.GetValue(format))
            {
                case "markdown":
                    report.WriteMarkdown(sink.Writer);
                    break;
                case "text":
                    report.WriteText(sink.Writer);
                    break;
                default:
                    report.WriteJson(sink.Writer);
                    break;
            }

            context.Cancellation.ThrowIfCancellationRequested();
            sink.Commit();
            if (session is not null)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                session.Commit();
                TempFiles.Forget(session.TemporaryPath);
            }

            return bad.Finish();
        }));
        return command;
    }

    private static Document Read(string id, string path)
    {
        using var stream = File.OpenRead(path);
        return DocumentParser.Default.Parse(stream, id, path);
    }

    private static LshIndexSession BeginIndex(string path, Deduplicator deduplicator, DedupResult result, CliContext context)
    {
        try
        {
            var session = LshIndexSession.Begin(path, deduplicator, result, IndexLockTimeout(), context.Cancellation);
            TempFiles.Track(session.TemporaryPath);
            return session;
        }
        catch (TimeoutException ex)
        {
            throw new CliException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot update the index: {ex.Message}", ex);
        }
    }

    /// <summary>How long a run waits for another to finish updating the same index (CORPUSDIFF_INDEX_LOCK_TIMEOUT seconds; default 120).</summary>
    private static TimeSpan IndexLockTimeout() =>
        double.TryParse(Environment.GetEnvironmentVariable("CORPUSDIFF_INDEX_LOCK_TIMEOUT"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(120);
}
