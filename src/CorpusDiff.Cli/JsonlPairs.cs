using CorpusDiff.Claims;
using CorpusDiff.Documents;
using CorpusDiff.Evaluation;

namespace CorpusDiff.Cli;

/// <summary>
/// Streams a JSON-lines file of (source, summary) pairs through the claim checker: batches of lines are checked in
/// parallel and handed back in input order, so memory stays bounded by one batch whatever the file's size.
/// </summary>
internal static class JsonlPairs
{
    /// <summary>Plain strings carry no header lines: every line is body text, so spans index the strings as given.</summary>
    public static DocumentParser Parser { get; } = new(DocumentOptions.Default with { ParseHeaders = false });

    public static IEnumerable<PairResult> Check(string path, bool needLabel, ClaimChecker checker, bool baseline = false)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a folder; --jsonl takes a file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        return Run(path, needLabel, checker, baseline);
    }

    /// <summary>
    /// Hands each pair that was checked to <paramref name="onChecked"/>, in input order; a line that could not be read
    /// or checked is named on standard error and counted instead.
    /// </summary>
    /// <returns>How many lines failed.</returns>
    public static int Consume(IEnumerable<PairResult> results, CliContext context, Action<PairResult> onChecked)
    {
        var failed = 0;
        foreach (var result in results)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (result.Error is not null)
            {
                context.Error.WriteLine($"corpusdiff: {result.Error}");
                failed++;
                continue;
            }

            onChecked(result);
        }

        return failed;
    }

    /// <summary>The exit code of a verb over a JSON-lines file: failed lines make it 1, with a count on standard error.</summary>
    /// <param name="context">The run.</param>
    /// <param name="failed">How many lines failed.</param>
    /// <param name="verb">What could not be done to them ("checked", "evaluated").</param>
    public static ExitCode ExitCode(CliContext context, int failed, string verb)
    {
        if (failed > 0)
        {
            context.Error.WriteLine($"corpusdiff: {failed} line(s) could not be {verb}.");
            return Cli.ExitCode.Failed;
        }

        return Cli.ExitCode.Ok;
    }

    private static IEnumerable<PairResult> Run(string path, bool needLabel, ClaimChecker checker, bool baseline)
    {
        var batchSize = Math.Max(16, Environment.ProcessorCount * 16);
        var batch = new List<JsonlLine>(batchSize);
        using var lines = JsonlLines.Open(path).GetEnumerator();
        while (true)
        {
            var more = lines.MoveNext();
            if (more && (lines.Current.Error is not null || !string.IsNullOrWhiteSpace(lines.Current.Text)))
            {
                batch.Add(lines.Current);
            }

            if (batch.Count == batchSize || (!more && batch.Count > 0))
            {
                var results = new PairResult[batch.Count];
                Parallel.For(0, batch.Count, i => results[i] = batch[i].Error is { } error
                    ? new PairResult(null, null, double.NaN, $"{path}:{batch[i].Number}: {error}")
                    : CheckOne(path, batch[i].Number, batch[i].Text!, needLabel, checker, baseline));
                foreach (var result in results)
                {
                    yield return result;
                }

                batch.Clear();
            }

            if (!more)
            {
                yield break;
            }
        }
    }

    private static PairResult CheckOne(string path, int lineNumber, string text, bool needLabel, ClaimChecker checker, bool baseline)
    {
        try
        {
            var pair = PairLine.Parse(lineNumber, text, needLabel);
            var source = Parser.Parse(pair.Source, "source");
            var summary = Parser.Parse(pair.Summary, "summary");
            var report = checker.Check(source, summary);
            var bigram = baseline ? BigramOverlap.Score(source, summary) : double.NaN;
            return new PairResult(pair, report, bigram, null);
        }
        catch (FormatException ex)
        {
            return new PairResult(null, null, double.NaN, $"{path}:{lineNumber}: {ex.Message}");
        }
    }
}
