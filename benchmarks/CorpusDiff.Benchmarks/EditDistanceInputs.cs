using System.Text.RegularExpressions;
using CorpusDiff.Similarity;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Fixed string pairs cut from <c>samples/</c> for the string-metric benchmarks: <see cref="PairCount"/> pairs per
/// size, half of them related (a rewrite against its source) and half unrelated, chosen with a fixed seed.
/// </summary>
public static partial class EditDistanceInputs
{
    /// <summary>The number of pairs per size; benchmarks report the time per pair.</summary>
    public const int PairCount = 8;

    private const int ParagraphLength = 1500;

    /// <summary>Gets the pairs of a size.</summary>
    /// <param name="size">The input size.</param>
    /// <returns><see cref="PairCount"/> pairs.</returns>
    public static (string A, string B)[] Pairs(InputSize size)
    {
        var samples = SampleText.All();
        var random = new Random(12345);
        return size switch
        {
            InputSize.Word => Words(samples, random),
            InputSize.Sentence => Sentences(samples, random),
            _ => Paragraphs(samples),
        };
    }

    private static (string, string)[] Words(IReadOnlyDictionary<string, string> samples, Random random)
    {
        var source = WordPattern().Matches(samples["wire-source.txt"]).Select(m => m.Value).Where(w => w.Length is >= 3 and <= 15).ToArray();
        var other = WordPattern().Matches(samples["reprint-mt.txt"]).Select(m => m.Value).Where(w => w.Length is >= 3 and <= 15).ToArray();
        return Enumerable.Range(0, PairCount).Select(_ => (source[random.Next(source.Length)], other[random.Next(other.Length)])).ToArray();
    }

    private static (string, string)[] Sentences(IReadOnlyDictionary<string, string> samples, Random random)
    {
        var source = SentencesOf(samples["wire-source.txt"]);
        var rewrite = SentencesOf(samples["wire-trimmed.txt"]).Concat(SentencesOf(samples["reprint-mt.txt"])).ToArray();
        var unrelated = SentencesOf(samples["unrelated-similar-topic.txt"]);

        // Related pairs: a rewritten sentence and the source sentence it is closest to (a near duplicate).
        var metric = new NormalizedLevenshtein();
        var related = rewrite.OrderBy(_ => random.Next()).Take(PairCount / 2)
            .Select(r => (r, source.OrderBy(s => metric.Distance(r, s)).First()));
        var different = Enumerable.Range(0, PairCount / 2)
            .Select(_ => (source[random.Next(source.Length)], unrelated[random.Next(unrelated.Length)]));
        return related.Concat(different).ToArray();
    }

    private static (string, string)[] Paragraphs(IReadOnlyDictionary<string, string> samples)
    {
        string Chunk(string file, int index) => samples[file].Substring(index * ParagraphLength, ParagraphLength);

        return
        [
            (Chunk("wire-source.txt", 0), Chunk("wire-trimmed.txt", 0)),
            (Chunk("wire-source.txt", 1), Chunk("wire-trimmed.txt", 1)),
            (Chunk("wire-source.txt", 0), Chunk("reprint-mt.txt", 0)),
            (Chunk("rewrite-drift.txt", 0), Chunk("rewrite-summary.txt", 0)),
            (Chunk("wire-source.txt", 2), Chunk("unrelated-similar-topic.txt", 0)),
            (Chunk("wire-source.txt", 3), Chunk("rewrite-drift.txt", 0)),
            (Chunk("wire-trimmed.txt", 0), Chunk("rewrite-summary.txt", 0)),
            (Chunk("wire-source.txt", 4), Chunk("reprint-mt.txt", 0)),
        ];
    }

    private static string[] SentencesOf(string text) =>
        SentencePattern().Split(text).Select(s => s.Trim()).Where(s => s.Length is >= 100 and <= 200).ToArray();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentencePattern();
}
