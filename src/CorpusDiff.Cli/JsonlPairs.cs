using System.Text;
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

    private static IEnumerable<PairResult> Run(string path, bool needLabel, ClaimChecker checker, bool baseline)
    {
        var batchSize = Math.Max(16, Environment.ProcessorCount * 16);
        using var reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        var batch = new List<(int Line, string Text)>(batchSize);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException ex)
            {
                throw new CliException($"{path}:{lineNumber + 1}: not valid UTF-8 ({ex.Message})", ex);
            }

            if (line is not null)
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    batch.Add((lineNumber, line));
                }
            }

            if (batch.Count == batchSize || (line is null && batch.Count > 0))
            {
                var results = new PairResult[batch.Count];
                Parallel.For(0, batch.Count, i => results[i] = CheckOne(path, batch[i].Line, batch[i].Text, needLabel, checker, baseline));
                foreach (var result in results)
                {
                    yield return result;
                }

                batch.Clear();
            }

            if (line is null)
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
