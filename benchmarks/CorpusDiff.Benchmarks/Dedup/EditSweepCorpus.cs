using System.Text;
using System.Text.Json;
using CorpusDiff.TestSupport;

namespace CorpusDiff.Benchmarks.Dedup;

/// <summary>
/// An edit-rate sweep on real article text: the distinct <c>source</c> articles of the labelled eval files (read at
/// run time, never copied), each with seeded variants — 1, 2, 5, 8, 10 and 15 % of words substituted, 5 and 10 %
/// inserted, 5 and 10 % deleted, re-wrapped, a footer added (with 5 % substituted) — and hard negatives: each
/// article's own summary, and the pairs of different articles closest in vocabulary (same topic).
/// </summary>
public sealed class EditSweepCorpus
{
    private const string Footer = "This story was first published by the Evening Courier. Reproduction in whole or in part without written permission is prohibited. Follow us for more news from around the world every day.";

    private EditSweepCorpus(List<SweepDocument> documents, List<(int A, int B)> sameTopic)
    {
        Documents = documents;
        SameTopic = sameTopic;
    }

    /// <summary>Gets the variant kinds and rates, in report order.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "substitute 1%", "substitute 2%", "substitute 5%", "substitute 8%", "substitute 10%", "substitute 15%",
        "insert 5%", "insert 10%", "delete 5%", "delete 10%", "re-wrapped", "footer + substitute 5%",
    ];

    /// <summary>Gets the documents: originals, variants and summaries.</summary>
    public IReadOnlyList<SweepDocument> Documents { get; }

    /// <summary>Gets pairs of different originals (document positions) that are closest in vocabulary: same topic, not copies.</summary>
    public IReadOnlyList<(int A, int B)> SameTopic { get; }

    /// <summary>Reads the eval files of a folder and builds the sweep.</summary>
    /// <param name="evalFolder">The folder holding <c>*.jsonl</c> files with <c>source</c> and <c>summary</c> fields.</param>
    /// <param name="maxArticles">The most articles to use.</param>
    /// <param name="seed">The seed of the edits.</param>
    /// <returns>The corpus.</returns>
    public static EditSweepCorpus Load(string evalFolder, int maxArticles = 400, int seed = 2024)
    {
        var articles = new List<(string Source, string Summary)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(evalFolder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var json = JsonDocument.Parse(line);
                var source = json.RootElement.GetProperty("source").GetString() ?? string.Empty;
                var summary = json.RootElement.GetProperty("summary").GetString() ?? string.Empty;

                // The same article appears in several sets, sometimes lower-cased and re-tokenised: one key for all.
                var key = Key(source);
                if (source.Split(' ').Length >= 150 && seen.Add(key))
                {
                    articles.Add((source, summary));
                }
            }
        }

        articles = Distinct(articles).Take(maxArticles).ToList();
        var pool = articles.SelectMany(a => a.Source.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.All(char.IsLetter)).Distinct().ToArray();
        var random = new Random(seed);
        var documents = new List<SweepDocument>();
        var originals = new List<int>();
        for (var a = 0; a < articles.Count; a++)
        {
            var words = articles[a].Source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            originals.Add(documents.Count);
            documents.Add(new SweepDocument($"a{a:D4}-original", a, "original", articles[a].Source));
            documents.Add(new SweepDocument($"a{a:D4}-summary", -1 - a, "summary", articles[a].Summary));
            foreach (var kind in Kinds)
            {
                documents.Add(new SweepDocument($"a{a:D4}-{kind.Replace(' ', '-').Replace("%", string.Empty, StringComparison.Ordinal)}", a, kind, Variant(kind, words, pool, random)));
            }
        }

        return new EditSweepCorpus(documents, SameTopicPairs(articles.Select(a => a.Source).ToList(), originals));
    }

    private static string Variant(string kind, string[] words, string[] pool, Random random)
    {
        var rate = kind.Contains('%', StringComparison.Ordinal)
            ? int.Parse(kind[(kind.LastIndexOf(' ') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) / 100.0
            : 0;
        var list = words.ToList();
        var count = (int)Math.Round(words.Length * rate);
        if (kind.StartsWith("substitute", StringComparison.Ordinal) || kind.StartsWith("footer", StringComparison.Ordinal))
        {
            foreach (var i in Enumerable.Range(0, list.Count).OrderBy(_ => random.Next()).Take(count))
            {
                list[i] = pool[random.Next(pool.Length)];
            }
        }
        else if (kind.StartsWith("insert", StringComparison.Ordinal))
        {
            for (var e = 0; e < count; e++)
            {
                list.Insert(random.Next(list.Count + 1), pool[random.Next(pool.Length)]);
            }
        }
        else if (kind.StartsWith("delete", StringComparison.Ordinal))
        {
            for (var e = 0; e < count; e++)
            {
                list.RemoveAt(random.Next(list.Count));
            }
        }

        var text = string.Join(' ', list);
        return kind switch
        {
            "re-wrapped" => CorpusGenerator.Wrap(text, 50 + random.Next(30)),
            "footer + substitute 5%" => text + "\n\n" + Footer + "\n",
            _ => text,
        };
    }

    /// <summary>For each article, the other article sharing the largest share of distinct words of five letters or more.</summary>
    private static List<(int A, int B)> SameTopicPairs(List<string> sources, List<int> originals)
    {
        var sets = sources.Select(s => s.ToLowerInvariant().Split(' ').Where(w => w.Length >= 5).ToHashSet(StringComparer.Ordinal)).ToList();
        var pairs = new HashSet<(int, int)>();
        for (var i = 0; i < sets.Count; i++)
        {
            var best = -1;
            var bestScore = 0.0;
            for (var j = 0; j < sets.Count; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var common = sets[i].Count(sets[j].Contains);
                var score = (double)common / Math.Max(1, sets[i].Count + sets[j].Count - common);
                if (score > bestScore)
                {
                    (best, bestScore) = (j, score);
                }
            }

            if (best >= 0)
            {
                pairs.Add((originals[Math.Min(i, best)], originals[Math.Max(i, best)]));
            }
        }

        return [.. pairs];
    }

    /// <summary>
    /// Drops an article when a tenth of its word 8-grams (letters only, lower case) occur in an earlier one: the eval
    /// sets carry some articles twice, in versions that differ in a header or in tokenisation.
    /// </summary>
    private static List<(string Source, string Summary)> Distinct(List<(string Source, string Summary)> articles)
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<(string, string)>();
        foreach (var article in articles)
        {
            var words = article.Source.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new string(w.Where(char.IsLetter).ToArray())).Where(w => w.Length > 0).ToArray();
            var grams = Enumerable.Range(0, Math.Max(0, words.Length - 7)).Select(i => string.Join(' ', words, i, 8)).Distinct().ToList();
            var shared = grams.Count(owner.ContainsKey);
            if (shared * 10 >= grams.Count)
            {
                continue;
            }

            foreach (var g in grams)
            {
                owner.TryAdd(g, kept.Count);
            }

            kept.Add(article);
        }

        return kept;
    }

    private static string Key(string source)
    {
        var sb = new StringBuilder();
        foreach (var c in source)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                if (sb.Length == 300)
                {
                    break;
                }
            }
        }

        return sb.ToString();
    }
}
