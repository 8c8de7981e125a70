using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// An inverted index of a source document's words and word pairs over its sentences, with IDF weights, built once so
/// that each target sentence is scored against every source sentence in one pass over the target's words.
/// </summary>
internal sealed class LexicalIndex
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> pairHead = [];
    private readonly HashSet<long> sentenceWords = [];
    private readonly double maxIdf;
    private readonly double[] idf;

    // Postings as linked lists in flat arrays (newest first), so indexing a source allocates no list per word or pair.
    private readonly List<int> wordHead = [];
    private readonly List<(int Sentence, int Next)> nodes = [];

    public LexicalIndex(Document source)
    {
        Source = source;
        Count = source.Sentences.Count;
        var documentFrequency = new List<int>();
        for (var s = 0; s < Count; s++)
        {
            var sentence = source.Sentences[s];
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

                if (sentenceWords.Add(((long)id << 32) | (uint)s))
                {
                    nodes.Add((s, wordHead[id]));
                    wordHead[id] = nodes.Count - 1;
                    documentFrequency[id]++;
                }

                if (previous >= 0)
                {
                    var key = Pair(previous, id);
                    var head = pairHead.GetValueOrDefault(key, -1);
                    if (head < 0 || nodes[head].Sentence != s)
                    {
                        nodes.Add((s, head));
                        pairHead[key] = nodes.Count - 1;
                    }
                }

                previous = id;
            }
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
        vocabulary.TryGetValue(word, out var id) && sentenceWords.Contains(((long)id << 32) | (uint)sentence);

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
    public double[] Support(IReadOnlyList<Token> tokens, int first, int count, double unigramWeight)
    {
        var scores = new double[Count];
        if (count == 0 || Count == 0)
        {
            return scores;
        }

        var unigram = new double[Count];
        var bigram = new double[Count];
        double unigramTotal = 0, bigramTotal = 0;
        int previousId = -1;
        double previousWeight = 0;
        for (var k = 0; k < count; k++)
        {
            var id = vocabulary.TryGetValue(tokens[first + k].Text, out var found) ? found : -1;
            var weight = id >= 0 ? idf[id] : maxIdf;
            unigramTotal += weight;
            if (id >= 0)
            {
                for (var node = wordHead[id]; node >= 0; node = nodes[node].Next)
                {
                    unigram[nodes[node].Sentence] += weight;
                }
            }

            if (k > 0)
            {
                var pairWeight = (previousWeight + weight) / 2;
                bigramTotal += pairWeight;
                if (id >= 0 && previousId >= 0 && pairHead.TryGetValue(Pair(previousId, id), out var head))
                {
                    for (var node = head; node >= 0; node = nodes[node].Next)
                    {
                        bigram[nodes[node].Sentence] += pairWeight;
                    }
                }
            }

            previousId = id;
            previousWeight = weight;
        }

        for (var s = 0; s < Count; s++)
        {
            var u = unigramTotal > 0 ? unigram[s] / unigramTotal : 0;
            var b = bigramTotal > 0 ? bigram[s] / bigramTotal : u;
            scores[s] = (unigramWeight * u) + ((1 - unigramWeight) * b);
        }

        return scores;
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
        double unigramTotal = 0, bigramTotal = 0;
        int previousId = -1;
        double previousWeight = 0;
        for (var k = 0; k < count; k++)
        {
            var id = vocabulary.TryGetValue(tokens[first + k].Text, out var found) ? found : -1;
            var weight = id >= 0 ? idf[id] : maxIdf;
            unigramTotal += weight;
            if (id >= 0)
            {
                AddWindows(wordHead[id], weight, unigram, stamp, 2 * k, maxWindow);
            }

            if (k > 0)
            {
                var pairWeight = (previousWeight + weight) / 2;
                bigramTotal += pairWeight;
                if (id >= 0 && previousId >= 0 && pairHead.TryGetValue(Pair(previousId, id), out var head))
                {
                    AddWindows(head, pairWeight, bigram, stamp, (2 * k) + 1, maxWindow);
                }
            }

            previousId = id;
            previousWeight = weight;
        }

        var best = 0.0;
        for (var slot = 0; slot < slots; slot++)
        {
            var u = unigramTotal > 0 ? unigram[slot] / unigramTotal : 0;
            var b = bigramTotal > 0 ? bigram[slot] / bigramTotal : u;
            best = Math.Max(best, (unigramWeight * u) + ((1 - unigramWeight) * b));
        }

        return best;
    }

    private void AddWindows(int head, double weight, double[] sums, int[] stamp, int mark, int maxWindow)
    {
        for (var node = head; node >= 0; node = nodes[node].Next)
        {
            var s = nodes[node].Sentence;
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
