using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// An inverted index of a source document's words and word pairs over its sentences, with IDF weights, built once so
/// that each target sentence is scored against every source sentence in one pass over the target's words.
/// </summary>
internal sealed partial class LexicalIndex
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> pairHead = [];
    private readonly double maxIdf;
    private readonly double[] idf;
    private readonly int[] classOf;
    private readonly List<int> representatives = [];
    private readonly List<int> classSize = [];

    // Postings as linked lists in flat arrays (newest first), so indexing a source allocates no list per word or pair.
    private readonly List<int> wordHead = [];
    private readonly List<(int Sentence, int Next)> nodes = [];

    // After indexing, the word postings are kept flat and ascending (one int each), searched by binary search, so no
    // set of (word, sentence) pairs is held: about 20 bytes a token less.
    private readonly int[] wordStart;
    private readonly int[] wordPostings;

    // The sentences of each class, ascending (CSR): window support works on sentence positions, postings on classes.
    private readonly int[] memberStart;
    private readonly int[] members;

    public LexicalIndex(Document source)
    {
        Source = source;
        Count = source.Sentences.Count;
        var documentFrequency = new List<int>();

        // Identical sentences (a report that repeats itself) are indexed once, as one class: postings, and the scores
        // of every target sentence, then grow with the distinct sentences only. Document frequencies still count every
        // sentence, so the scores are those of the plain per-sentence definition.
        classOf = new int[Count];
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        var key = new System.Text.StringBuilder();
        var sentenceWords = new HashSet<long>();
        for (var s = 0; s < Count; s++)
        {
            var sentence = source.Sentences[s];
            key.Clear();
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                key.Append(source.Tokens[t].Text).Append('\u0001');
            }

            var text = key.ToString();
            if (classes.TryGetValue(text, out var existing))
            {
                classOf[s] = existing;
                classSize[existing]++;
                continue;
            }

            var c = representatives.Count;
            classes[text] = c;
            classOf[s] = c;
            representatives.Add(s);
            classSize.Add(1);
            var previous = -1;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var word = source.Tokens[t].Text;
                if (!vocabulary.TryGetValue(word, out var id))
                {
                    id = vocabulary.Count;
                    vocabulary[word] = id;
                    wordHead.Add(-1);
                    documentFrequency.Add(0);
                }

                if (sentenceWords.Add(((long)id << 32) | (uint)c))
                {
                    nodes.Add((c, wordHead[id]));
                    wordHead[id] = nodes.Count - 1;
                }

                if (previous >= 0)
                {
                    var pair = Pair(previous, id);
                    var head = pairHead.GetValueOrDefault(pair, -1);
                    if (head < 0 || nodes[head].Sentence != c)
                    {
                        nodes.Add((c, head));
                        pairHead[pair] = nodes.Count - 1;
                    }
                }

                previous = id;
            }
        }

        wordStart = new int[wordHead.Count + 1];
        wordPostings = new int[sentenceWords.Count];
        var at = 0;
        for (var id = 0; id < wordHead.Count; id++)
        {
            wordStart[id] = at;
            for (var node = wordHead[id]; node >= 0; node = nodes[node].Next)
            {
                documentFrequency[id] += classSize[nodes[node].Sentence];
                at++;
            }

            // The linked list runs newest first; the flat postings ascend.
            var write = at - 1;
            for (var node = wordHead[id]; node >= 0; node = nodes[node].Next)
            {
                wordPostings[write--] = nodes[node].Sentence;
            }
        }

        wordStart[wordHead.Count] = at;

        // Keep only the word pairs' chains, compacted; the words' own chains are in the flat postings now.
        var compact = new List<(int Sentence, int Next)>();
        foreach (var pair in pairHead.Keys.ToArray())
        {
            var head = compact.Count;
            for (var node = pairHead[pair]; node >= 0; node = nodes[node].Next)
            {
                compact.Add((nodes[node].Sentence, nodes[node].Next >= 0 ? compact.Count + 1 : -1));
            }

            pairHead[pair] = head;
        }

        nodes.Clear();
        nodes.AddRange(compact);
        nodes.TrimExcess();
        wordHead.Clear();
        wordHead.TrimExcess();

        memberStart = new int[representatives.Count + 1];
        foreach (var c in classOf)
        {
            memberStart[c + 1]++;
        }

        for (var c = 0; c < representatives.Count; c++)
        {
            memberStart[c + 1] += memberStart[c];
        }

        members = new int[Count];
        var next = memberStart[..^1];
        for (var sentence = 0; sentence < Count; sentence++)
        {
            members[next[classOf[sentence]]++] = sentence;
        }

        maxIdf = Math.Log((Count + 1) / 0.5);
        idf = new double[documentFrequency.Count];
        for (var id = 0; id < idf.Length; id++)
        {
            idf[id] = Math.Log((Count + 1) / (documentFrequency[id] + 0.5));
        }
    }

    public Document Source { get; }

    public int Count { get; }

    /// <summary>Returns whether source sentence <paramref name="sentence"/> contains <paramref name="word"/> (normalized).</summary>
    public bool Contains(int sentence, string word) =>
        vocabulary.TryGetValue(word, out var id)
        && Array.BinarySearch(wordPostings, wordStart[id], wordStart[id + 1] - wordStart[id], classOf[sentence]) >= 0;

    /// <summary>The class of identical sentences <paramref name="sentence"/> belongs to.</summary>
    public int ClassOf(int sentence) => classOf[sentence];

    /// <summary>The first sentence of class <paramref name="c"/>.</summary>
    public int Representative(int c) => representatives[c];

    /// <summary>Returns whether any source sentence contains <paramref name="word"/>.</summary>
    public bool ContainsAnywhere(string word) => vocabulary.ContainsKey(word);

    public double Idf(string word) => vocabulary.TryGetValue(word, out var id) ? idf[id] : maxIdf;

    /// <summary>
    /// The IDF-weighted share of a target sentence's content words found in the union of some source sentences: the
    /// support of a sentence that fuses several source sentences, none of which matches it well alone.
    /// </summary>
    public double UnionRecall(IReadOnlyList<Token> tokens, int first, int count, IEnumerable<int> sentences)
    {
        var chosen = sentences.ToArray();
        double found = 0, total = 0;
        for (var k = first; k < first + count; k++)
        {
            var word = tokens[k].Text;
            if (Lexicon.Stopwords.Contains(word))
            {
                continue;
            }

            var weight = Idf(word);
            total += weight;
            foreach (var s in chosen)
            {
                if (Contains(s, word))
                {
                    found += weight;
                    break;
                }
            }
        }

        return total > 0 ? found / total : 1.0;
    }

    /// <summary>
    /// Scores how well each source sentence supports a target sentence: IDF-weighted recall of the target's words
    /// and word pairs in the source sentence, mixed by <paramref name="unigramWeight"/>.
    /// </summary>
    public SupportScores Support(IReadOnlyList<Token> tokens, int first, int count, double unigramWeight)
    {
        var classes = representatives.Count;
        var scores = new double[classes];
        if (count == 0 || Count == 0)
        {
            return new SupportScores(scores, this);
        }

        var unigram = new double[classes];
        var bigram = new double[classes];
        var sums = new ClassSums(unigram, bigram);
        var (unigramTotal, bigramTotal) = Walk(tokens, first, count, ref sums);
        for (var c = 0; c < classes; c++)
        {
            scores[c] = Mix(unigram[c], unigramTotal, bigram[c], bigramTotal, unigramWeight);
        }

        return new SupportScores(scores, this);
    }

    /// <summary>
    /// SummaC-style support of a target sentence: the best IDF-weighted word and word-pair recall (mixed by
    /// <paramref name="unigramWeight"/>) over every window of 1 to <paramref name="maxWindow"/> adjacent source
    /// sentences, so a sentence that fuses two neighbouring source sentences is judged against both. One pass over the
    /// target's words and their postings; a word found twice in one window counts once.
    /// </summary>
    public double WindowSupport(IReadOnlyList<Token> tokens, int first, int count, double unigramWeight, int maxWindow)
    {
        if (count == 0 || Count == 0)
        {
            return 0;
        }

        // Window (w, a) covers source sentences a .. a + w - 1; slot (w - 1) * Count + a.
        var slots = maxWindow * Count;
        var unigram = new double[slots];
        var bigram = new double[slots];
        var stamp = new int[slots];
        Array.Fill(stamp, -1);
        var sums = new WindowSums(this, unigram, bigram, stamp, maxWindow);
        var (unigramTotal, bigramTotal) = Walk(tokens, first, count, ref sums);
        var best = 0.0;
        for (var slot = 0; slot < slots; slot++)
        {
            best = Math.Max(best, Mix(unigram[slot], unigramTotal, bigram[slot], bigramTotal, unigramWeight));
        }

        return best;
    }

    /// <summary>Adds a word's (or pair's) weight once to every window holding a sentence of class <paramref name="c"/>.</summary>
    private void AddWindows(int c, double weight, double[] sums, int[] stamp, int mark, int maxWindow)
    {
        foreach (var s in members.AsSpan(memberStart[c], memberStart[c + 1] - memberStart[c]))
        {
            for (var w = 1; w <= maxWindow; w++)
            {
                for (var a = Math.Max(0, s - w + 1); a <= s && a + w <= Count; a++)
                {
                    var slot = ((w - 1) * Count) + a;
                    if (stamp[slot] != mark)
                    {
                        stamp[slot] = mark;
                        sums[slot] += weight;
                    }
                }
            }
        }
    }

    private static long Pair(int first, int second) => ((long)first << 32) | (uint)second;
}
