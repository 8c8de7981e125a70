using System.Text;

namespace CorpusDiff.TestSupport;

/// <summary>
/// Builds seeded synthetic news corpora with planted duplicates, for measuring deduplication: unrelated articles
/// (Zipf-distributed synthetic vocabulary, 300–600 words), and variants of some of them — exact copies, re-wrapped,
/// re-punctuated, a few words edited, a footer added, shortened reprints (first 40–90 % of the paragraphs) — plus
/// hard negatives: same-topic articles that reuse about a third of another article's sentences.
/// Every document is generated on demand from the seed and its index, so a 100,000-document corpus is never held in memory.
/// </summary>
public sealed class CorpusGenerator
{
    private const double BaseShare = 0.7;
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ne", "tu", "ra", "shi", "po", "ven", "dor", "al", "es", "in", "qua", "zel", "mor", "tin", "ba",
        "ce", "di", "fu", "ga", "hel", "jo", "ku", "lan", "me", "nor", "pe", "ri", "sa", "ta", "ul", "vi", "wen", "xa",
        "yo", "zu", "ark", "bel", "cor", "dan", "ek", "fin", "gor", "han",
    ];

    private static readonly string Footer = "Copyright 2023 Example News Agency. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";

    private readonly int seed;
    private readonly string[] vocabulary;
    private readonly double[] cumulative;
    private readonly Plan[] plan;
    private readonly int[] originalOf;

    /// <summary>Initializes a generator.</summary>
    /// <param name="count">The number of documents.</param>
    /// <param name="seed">The seed.</param>
    public CorpusGenerator(int count, int seed = 12345)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        this.seed = seed;
        var random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < 20000)
        {
            var syllables = 1 + random.Next(4);
            var sb = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                sb.Append(Syllables[random.Next(Syllables.Length)]);
            }

            words.Add(sb.ToString());
        }

        vocabulary = [.. words];
        cumulative = new double[vocabulary.Length];
        var total = 0.0;
        for (var i = 0; i < vocabulary.Length; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }

        var bases = Math.Max(1, (int)(count * BaseShare));
        var entries = new List<Plan>(count);
        for (var i = 0; i < bases; i++)
        {
            entries.Add(new Plan(VariantKind.Original, i, i));
        }

        for (var i = bases; i < count; i++)
        {
            var roll = random.NextDouble();
            var kind = roll switch
            {
                < 0.15 => VariantKind.Exact,
                < 0.27 => VariantKind.Rewrapped,
                < 0.39 => VariantKind.Repunctuated,
                < 0.57 => VariantKind.Edited,
                < 0.67 => VariantKind.Footer,
                < 0.87 => VariantKind.Shortened,
                _ => VariantKind.Related,
            };
            var source = random.Next(bases);
            entries.Add(new Plan(kind, source, kind == VariantKind.Related ? -1 - i : source, i));
        }

        // Shuffle so copies do not all follow their originals.
        for (var i = entries.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (entries[i], entries[j]) = (entries[j], entries[i]);
        }

        plan = [.. entries];
        originalOf = new int[bases];
        for (var i = 0; i < plan.Length; i++)
        {
            if (plan[i].Kind == VariantKind.Original)
            {
                originalOf[plan[i].Base] = i;
            }
        }
    }

    /// <summary>What a generated document is.</summary>
    public enum VariantKind
    {
        /// <summary>An unrelated original article.</summary>
        Original,

        /// <summary>A byte-identical copy.</summary>
        Exact,

        /// <summary>The same text with lines wrapped at another width.</summary>
        Rewrapped,

        /// <summary>Commas dropped or added, some sentences joined with semicolons.</summary>
        Repunctuated,

        /// <summary>One to four words replaced.</summary>
        Edited,

        /// <summary>An agency footer appended.</summary>
        Footer,

        /// <summary>The first 40–90 % of the paragraphs.</summary>
        Shortened,

        /// <summary>A different article that reuses about a third of the source's sentences: not a duplicate.</summary>
        Related,
    }

    /// <summary>Gets the number of documents.</summary>
    public int Count => plan.Length;

    /// <summary>Returns the id (file name) of document <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The id.</returns>
    public static string IdOf(int index) => $"doc{index:D6}.txt";

    /// <summary>Returns the true duplicate cluster of a document: documents share a cluster exactly when one is a copy of the other.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The cluster id.</returns>
    public int ClusterOf(int index) => plan[index].Cluster;

    /// <summary>Returns what a document is.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The kind.</returns>
    public VariantKind KindOf(int index) => plan[index].Kind;

    /// <summary>Returns the index of the original a variant was made from (its own index for originals).</summary>
    /// <param name="index">The index.</param>
    /// <returns>The original's index.</returns>
    public int SourceOf(int index) => originalOf[plan[index].Base];

    /// <summary>Generates the text of document <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The text.</returns>
    public string TextOf(int index)
    {
        var p = plan[index];
        var paragraphs = Article(p.Base);
        var random = new Random(Mix(seed, index, 7));
        switch (p.Kind)
        {
            case VariantKind.Rewrapped:
                return Wrap(paragraphs, 40 + random.Next(40));
            case VariantKind.Repunctuated:
                paragraphs = paragraphs.Select(para => para.Select(s => Repunctuate(s, random)).ToList()).ToList();
                break;
            case VariantKind.Edited:
                paragraphs = Edit(paragraphs, 1 + random.Next(4), random);
                break;
            case VariantKind.Footer:
                paragraphs = [.. paragraphs, [Footer]];
                break;
            case VariantKind.Shortened:
                var keep = Math.Max(1, (int)Math.Round(paragraphs.Count * (0.4 + (random.NextDouble() * 0.5))));
                paragraphs = paragraphs.Take(keep).ToList();
                break;
            case VariantKind.Related:
                var own = Article(1_000_000 + p.Id);
                paragraphs = own.Select((para, i) => para.Select((s, j) => random.NextDouble() < 0.33 && i < paragraphs.Count && j < paragraphs[i].Count ? paragraphs[i][j] : s).ToList()).ToList();
                break;
        }

        return Wrap(paragraphs, 0);
    }

    private List<List<string>> Article(int articleIndex)
    {
        var random = new Random(Mix(seed, articleIndex, 3));
        var words = 300 + random.Next(301);
        var paragraphs = new List<List<string>>();
        var written = 0;
        while (written < words)
        {
            var paragraph = new List<string>();
            var sentences = 2 + random.Next(3);
            for (var s = 0; s < sentences && written < words; s++)
            {
                var length = Math.Min(8 + random.Next(17), words - written);
                written += length;
                var sb = new StringBuilder();
                for (var w = 0; w < length; w++)
                {
                    var word = Word(random);
                    if (w == 0)
                    {
                        word = char.ToUpperInvariant(word[0]) + word[1..];
                    }
                    else
                    {
                        sb.Append(' ');
                    }

                    sb.Append(word);
                    if (w > 2 && w < length - 2 && random.NextDouble() < 0.08)
                    {
                        sb.Append(',');
                    }
                }

                sb.Append('.');
                paragraph.Add(sb.ToString());
            }

            paragraphs.Add(paragraph);
        }

        return paragraphs;
    }

    private string Word(Random random)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return vocabulary[i < 0 ? Math.Min(~i, vocabulary.Length - 1) : i];
    }

    private static string Repunctuate(string sentence, Random random)
    {
        var s = sentence.Replace(",", random.NextDouble() < 0.5 ? string.Empty : ";", StringComparison.Ordinal);
        if (random.NextDouble() < 0.3)
        {
            s = s.TrimEnd('.') + "!";
        }

        var space = s.IndexOf(' ', s.Length / 2);
        return space > 0 && random.NextDouble() < 0.5 ? s[..space] + "," + s[space..] : s;
    }

    private List<List<string>> Edit(List<List<string>> paragraphs, int edits, Random random)
    {
        var copy = paragraphs.Select(p => p.ToList()).ToList();
        for (var e = 0; e < edits; e++)
        {
            var para = copy[random.Next(copy.Count)];
            var index = random.Next(para.Count);
            var words = para[index].Split(' ');
            var w = 1 + random.Next(Math.Max(1, words.Length - 2));
            if (w < words.Length - 1)
            {
                words[w] = Word(random);
            }

            para[index] = string.Join(' ', words);
        }

        return copy;
    }

    /// <summary>Hard-wraps space-separated text at <paramref name="width"/> columns (a word longer than that stands alone).</summary>
    /// <param name="text">The text, words separated by single spaces.</param>
    /// <param name="width">The column to wrap at.</param>
    /// <returns>The wrapped text.</returns>
    public static string Wrap(string text, int width)
    {
        var sb = new StringBuilder();
        Wrap(sb, text, width);
        return sb.ToString();
    }

    private static void Wrap(StringBuilder sb, string text, int width)
    {
        var line = 0;
        foreach (var word in text.Split(' '))
        {
            if (line > 0 && line + word.Length + 1 > width)
            {
                sb.Append('\n');
                line = 0;
            }
            else if (line > 0)
            {
                sb.Append(' ');
                line++;
            }

            sb.Append(word);
            line += word.Length;
        }
    }

    private static string Wrap(List<List<string>> paragraphs, int width)
    {
        var sb = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            var text = string.Join(' ', paragraph);
            if (width <= 0)
            {
                sb.Append(text).Append("\n\n");
                continue;
            }

            Wrap(sb, text, width);
            sb.Append("\n\n");
        }

        return sb.ToString();
    }

    // HashCode.Combine is randomized per process; corpora must be the same in every run.
    private static int Mix(int a, int b, int c) => unchecked((int)(((uint)a * 2654435761u) ^ ((uint)b * 2246822519u) ^ ((uint)c * 3266489917u)));

    private readonly record struct Plan(VariantKind Kind, int Base, int Cluster, int Id = 0);
}
