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
        var index = new Option<string?>("--index")
        {
            Description = "An LSH index file (MinHash only). If it exists it is loaded and every input is checked against the documents indexed "
                + "earlier (reported under \"index\"); then the inputs are added (replacing entries with the same full path) and the file is saved back. "
                + "Or a shared index several runs and machines use at once: redis://HOST:PORT[,HOST:PORT…][/NAME] (inputs are added first, then checked against everything in it).",
        };
        var glob = new Option<string>("--glob")
        {
            Description = $"File patterns to take from folders, ';'-separated; a pattern with '/' matches the path below the folder ('**' spans folders). Default {DedupInputs.DefaultGlob}.",
            DefaultValueFactory = _ => DedupInputs.DefaultGlob,
        };
        var format = CommonOptions.Format("json", "json", "markdown", "text", "html");
        var output = CommonOptions.Out();
        var quiet = CommonOptions.Quiet();
        var command = new Command("dedup", "Group exact copies, near-duplicates and shortened reprints; every report lands in exactly one group.")
        {
            inputs, threshold, method, representative, shingle, k, index, glob, format, output, quiet,
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
                throw new CliException("--index works with --method minhash only.");
            }

            var files = DedupInputs.Expand(parse.GetValue(inputs)!, parse.GetValue(glob)!);
            var progress = parse.GetValue(quiet) ? null : new ConsoleProgress(context.Error, files.Count);
            var deduplicator = new Deduplicator(options);
            var result = deduplicator.Deduplicate(files, f => Read(f.Id, f.Path), progress);
            progress?.Finish();
            var indexReport = indexPath is null ? null
                : SharedIndexCli.IsShared(indexPath) ? SharedIndexCli.Update(indexPath, deduplicator, result, parse.GetValue(quiet) ? null : context.Error)
                : UpdateIndex(indexPath, deduplicator, result);
            using var sink = OutputSink.Open(parse.GetValue(output), context);
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

            return CliApp.Ok;
        }));
        return command;
    }

    private static Document Read(string id, string path)
    {
        using var stream = File.OpenRead(path);
        return DocumentParser.Default.Parse(stream, id, path);
    }

    private static DedupIndexReport UpdateIndex(string path, Deduplicator deduplicator, DedupResult result)
    {
        var options = deduplicator.Options;
        var tag = FormattableString.Invariant($"{options.ShingleKind}:{options.ShingleSize}").ToLowerInvariant();
        LshIndex lsh;
        var loaded = 0;
        if (File.Exists(path))
        {
            lsh = LshIndex.Load(path);
            if (lsh.Options.Permutations != options.Permutations || lsh.Options.Seed != options.Seed || lsh.Options.Tag != tag)
            {
                throw new CliException($"{path}: the index was built with {lsh.Options.Permutations} permutations, seed {lsh.Options.Seed}, shingles '{lsh.Options.Tag}'; "
                    + $"this run uses {options.Permutations}, seed {options.Seed}, '{tag}'. Rebuild the index, or run with the options it was built with "
                    + "(an index built before word edits became the default takes --k 5).");
            }

            loaded = lsh.Count;
        }
        else
        {
            lsh = new LshIndex(new LshIndexOptions
            {
                Threshold = options.CandidateThreshold(),
                Permutations = options.Permutations,
                Seed = options.Seed,
                FalsePositiveWeight = options.FalsePositiveWeight,
                FalseNegativeWeight = options.FalseNegativeWeight,
                Tag = tag,
            });
        }

        var matches = new List<DedupIndexMatch>();
        var keys = result.Documents.Select(d => d.Path is null ? d.Id : Path.GetFullPath(d.Path)).ToList();
        if (loaded > 0)
        {
            for (var i = 0; i < result.Documents.Count; i++)
            {
                foreach (var candidate in lsh.Query(result.Documents[i].Signature!))
                {
                    if (candidate.Key != keys[i]
                        && (candidate.EstimatedJaccard >= options.ShingleJaccardThreshold()
                            || (options.ContainmentThreshold <= 1 && candidate.EstimatedContainment >= options.ShingleContainmentThreshold())))
                    {
                        matches.Add(new DedupIndexMatch(result.Documents[i].Id, candidate.Key, candidate.EstimatedJaccard, candidate.EstimatedContainment));
                    }
                }
            }
        }

        for (var i = 0; i < result.Documents.Count; i++)
        {
            lsh.Remove(keys[i]);
            lsh.Add(keys[i], result.Documents[i].Signature!);
        }

        try
        {
            lsh.Save(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot save the index: {ex.Message}", ex);
        }

        return new DedupIndexReport(path, loaded, lsh.Count, matches);
    }
}
