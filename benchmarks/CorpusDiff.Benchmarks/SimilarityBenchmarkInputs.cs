using CorpusDiff.Similarity;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Pairs of related texts from <c>samples/</c> for the string-measure benchmarks, chosen deterministically:
/// a source word and a seeded transposition typo of it; a 120–180-character source sentence and its closest (but not
/// identical) sentence in the drifted rewrite; a 1,500-character source passage and the same passage in the trimmed
/// reprint, which differs only in line wrapping (a near duplicate).
/// </summary>
public static class SimilarityBenchmarkInputs
{
    /// <summary>Gets the pair for a size.</summary>
    /// <param name="size">The input size.</param>
    /// <returns>The two texts.</returns>
    public static (string A, string B) Pair(InputSize size)
    {
        var samples = SampleText.All();
        var source = samples["wire-source.txt"];
        return size switch
        {
            InputSize.Word => WordPair(source),
            InputSize.Sentence => SentencePair(source, samples["rewrite-drift.txt"]),
            InputSize.Paragraph => ParagraphPair(source, samples["wire-trimmed.txt"]),
            _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown size."),
        };
    }

    /// <summary>Gets many candidate texts of a size (for one-against-many runs): sentences or words of the samples.</summary>
    /// <param name="size">The input size.</param>
    /// <returns>The candidates, in sample order.</returns>
    public static IReadOnlyList<string> Candidates(InputSize size)
    {
        var all = SampleText.All().Values.ToList();
        return size switch
        {
            InputSize.Word => [.. all.SelectMany(Words).Where(w => w.Length >= 4).Take(500)],
            InputSize.Sentence => [.. all.SelectMany(Sentences).Where(s => s.Length >= 40).Take(200)],
            _ => [.. all.SelectMany(t => Chunks(t, 1500)).Take(20)],
        };
    }

    private static (string, string) WordPair(string source)
    {
        var word = Words(source).First(w => w.Length is >= 9 and <= 11);
        var random = new Random(12345);
        var chars = word.ToCharArray();
        var i = 1 + random.Next(chars.Length - 2);
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return (word, new string(chars));
    }

    // The source sentence of 120–180 characters with the closest rewritten counterpart (a paraphrase with edits).
    private static (string, string) SentencePair(string source, string rewrite)
    {
        var jaccard = new Jaccard(3);
        var candidates = Sentences(rewrite).ToList();
        return Sentences(source)
            .Where(s => s.Length is >= 120 and <= 180)
            .Select(s => (Source: s, Rewrite: candidates.OrderByDescending(c => jaccard.Similarity(s, c)).First()))
            .Where(p => p.Source != p.Rewrite)
            .OrderByDescending(p => jaccard.Similarity(p.Source, p.Rewrite))
            .First();
    }

    private static (string, string) ParagraphPair(string source, string trimmed)
    {
        var start = source.IndexOf("Revenue rose", StringComparison.Ordinal);
        var passage = source.Substring(start, 1500);
        var otherStart = trimmed.IndexOf("Revenue rose", StringComparison.Ordinal);
        return (passage, trimmed.Substring(otherStart, Math.Min(1500, trimmed.Length - otherStart)));
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', '\r', ',', '.', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Sentences(string text) =>
        text.Split([". ", ".\n", "? ", "! "], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim());

    private static IEnumerable<string> Chunks(string text, int size)
    {
        for (var i = 0; i + size <= text.Length; i += size / 2)
        {
            yield return text.Substring(i, size);
        }
    }
}
