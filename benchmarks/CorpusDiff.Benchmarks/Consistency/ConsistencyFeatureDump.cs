using System.Globalization;
using System.Text.Json;
using CorpusDiff.Claims;
using CorpusDiff.Evaluation;
using CorpusDiff.Documents;

namespace CorpusDiff.Benchmarks.Consistency;

/// <summary>
/// Writes the consistency scorer's features of every labelled pair to a tab-separated file, for
/// <c>tools/calibrate-consistency.py</c> to fit the scorer's coefficients on (<c>docs/accuracy.md</c>).
/// </summary>
public static class ConsistencyFeatureDump
{
    /// <summary>Reads labelled JSON-lines files and writes <c>dataset label bigram features…</c>, one line per pair.</summary>
    /// <param name="output">The TSV file to write.</param>
    /// <param name="inputs">The labelled JSON-lines files.</param>
    public static void Run(string output, IEnumerable<string> inputs)
    {
        var parser = new DocumentParser(DocumentOptions.Default with { ParseHeaders = false });
        var lines = inputs.SelectMany(File.ReadLines).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var rows = new string[lines.Count];
        Parallel.For(0, lines.Count, i =>
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            var source = parser.Parse(root.GetProperty("source").GetString()!, "source");
            var summary = parser.Parse(root.GetProperty("summary").GetString()!, "summary");
            var prepared = ClaimChecker.Default.Prepare(source);
            var report = ClaimChecker.Default.Check(prepared, summary);
            var f = report.Features;
            var fields = new List<string>
            {
                root.GetProperty("id").GetString()!,
                root.GetProperty("dataset").GetString()!,
                root.GetProperty("label").GetInt32().ToString(CultureInfo.InvariantCulture),
                BigramOverlap.Score(source, summary).ToString("R", CultureInfo.InvariantCulture),
            };
            fields.AddRange(f.Candidates().Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            fields.Add(summary.Sentences.Count.ToString(CultureInfo.InvariantCulture));
            fields.Add(summary.Tokens.Count.ToString(CultureInfo.InvariantCulture));
            fields.Add(source.Tokens.Count.ToString(CultureInfo.InvariantCulture));
            rows[i] = string.Join('\t', fields);
        });
        File.WriteAllLines(output, ["id\tdataset\tlabel\tbigram\tmeanSupport\tminSupport\tnovelWordShare\tsentenceSupport\tdivergentShare\tpenalisedSupport\tpenalisedWindowSupport\tnovelFacts\tnovelWeight\tnovelNames\thighContradictions\tmediumContradictions\tmeanNovelWeight\twindowMin\twindowMean\tnovelRuns\tcaseless\tsummarySentences\tsummaryTokens\tsourceTokens", .. rows]);
        Console.WriteLine($"{rows.Length} pairs written to {output}");
    }
}
