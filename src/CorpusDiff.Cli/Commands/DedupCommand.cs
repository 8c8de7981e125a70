using System.CommandLine;
using System.Globalization;
using CorpusDiff.Dedup;
using CorpusDiff.Documents;
using CorpusDiff.Reports;

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
            Description = "Similarity at which two reports are near-duplicates (default 0.8): word-level edit similarity 2·LCS/(m+n), or shingle-set Jaccard with --shingle/--k.",
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
            Description = "Verify by shingle sets made of words or characters (char), the behaviour before word edits (with --k, default 5). "
                + "Without --shingle and --k, pairs are verified by word edits and word 3-shingles only find candidates.",
            DefaultValueFactory = _ => "word",
        };
        shingle.AcceptOnlyFromAmong("word", "char");
        var k = new Option<int>("--k")
        {
            Description = "Shingle length in words or characters; verifies by shingle sets, the behaviour before word edits (default 5).",
            DefaultValueFactory = _ => DedupOptions.ShingleSetDefaults.ShingleSize,
        };
        CommonOptions.Range(k, v => v is >= 1 and <= 32, "must be between 1 and 32");
        var index = new Option<string?>("--index")
        {
            Description = "An LSH index file (MinHash only). If it exists it is loaded and every input is checked against the documents indexed "
                + "earlier (reported under \"index\"); then the inputs are added (replacing entries with the same full path) and the file is saved back. "
                + "Or a shared index several runs and machines use at once: redis://HOST:PORT[,HOST:PORT…][/NAME] (inputs are added first, then checked against everything in it).",
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
        var format = CommonOptions.Format("json", "json", "markdown", "text", "html");
        var output = CommonOptions.Out();
        var quiet = CommonOptions.Quiet();
        var command = new Command("dedup", "Group exact copies, near-duplicates and shortened reprints; every report lands in exactly one group.")
        {
            inputs, threshold, method, representative, shingle, k, index, glob, format, output, quiet, failFast,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var shingleSets = parse.GetResult(shingle) is { Implicit: false } || parse.GetResult(k) is { Implicit: false };
            var options = (shingleSets ? DedupOptions.ShingleSetDefaults : DedupOptions.Default) with
            {
                Threshold = parse.GetValue(threshold),
                ShingleKind = parse.GetValue(shingle) == "char" ? ShingleKind.Character : ShingleKind.Word,
                ShingleSize = shingleSets ? parse.GetValue(k) : DedupOptions.Default.ShingleSize,
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
            OutputSink.Check(outPath, target => walk.InputAt(target) ?? (indexPath is not null && FileIdentity.Of(indexPath) == target ? indexPath : null));
            OutputSink.Check(indexPath, walk.InputAt, "--index");
            var bad = new BadFiles(context, parse.GetValue(failFast));
            foreach (var (path, reason) in walk.Bad)
            {
                bad.Add(path, reason);
            }

            var progress = parse.GetValue(quiet) ? null : new ConsoleProgress(context, "signed", walk.Files.Count);
            var deduplicator = new Deduplicator(options);
            var result = deduplicator.DeduplicateTexts(walk.Files, f => bad.Read(() => FileContent.Read(f.Id, f.Path), f.Path), DocumentParser.Default, progress, context.Cancellation);
            progress?.Finish();

            // A file index is written (to a temporary file) before the report and committed only after it: a run that
            // fails or is interrupted on the way leaves the index as it was. A shared (Redis) index is updated in place.
            var shared = indexPath is not null && SharedIndexCli.IsShared(indexPath);
            using var session = indexPath is null || shared ? null : BeginIndex(indexPath, deduplicator, result, context);
            var indexReport = shared ? SharedIndexCli.Update(indexPath!, deduplicator, result, parse.GetValue(quiet) ? null : context.Error) : session?.Report;
            using var sink = OutputSink.Open(outPath, context);
            switch (parse.GetValue(format))
            {
                case "markdown":
                    DedupReport.WriteMarkdown(sink.Writer, result, options, indexReport);
                    break;
                case "text":
                    DedupReport.WriteText(sink.Writer, result, indexReport);
                    break;
                case "html":
                    DedupHtml.Write(sink.Writer, result, options, d => d.Path is null ? null : Read(d.Id, d.Path), indexReport);
                    break;
                default:
                    DedupReport.WriteJson(sink.Writer, result, options, indexReport);
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

    private static Document Read(string id, string path) => DocumentParser.Default.Parse(FileContent.Read(id, path));

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
