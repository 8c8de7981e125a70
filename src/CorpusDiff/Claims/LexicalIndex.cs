using System.Buffers;
using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// An inverted index of a source document's words and word pairs over its sentences, with IDF weights, built once so
/// that each target sentence is scored against every source sentence in one pass over the target's words.
/// </summary>
internal sealed partial class LexicalIndex
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly double maxIdf;
    private readonly double[] idf;
    private readonly int[] classOf;
    private readonly List<int> representatives = [];
    private readonly List<int> classSize = [];

    // The word pairs' postings, flat (CSR) like the words': the pairs' keys ascending (searched by binary search), and
    // each pair's classes newest first, from pairStart[i] to pairStart[i + 1]. No dictionary entry and no chain link is
    // held per pair (about 1 byte per source byte).
    private readonly long[] pairKeys;
    private readonly int[] pairStart;
    private readonly int[] pairPostings;

    // The word postings are kept flat and ascending (one int each), searched by binary search, so no set of
    // (word, sentence) pairs is held.
    private readonly int[] wordStart;
    private readonly int[] wordPostings;

    // The sentences of each class, ascending (CSR): window support works on sentence positions, postings on classes.
    private readonly int[] memberStart;
    private readonly int[] members;

    public LexicalIndex(Document source)
    {
        Source = source;
        Count = source.Sentences.Count;
        var tokens = source.Tokens;

        // Identical sentences (a report that repeats itself) are indexed once, as one class: postings, and the scores
        // of every target sentence, then grow with the distinct sentences only. Document frequencies still count every
        // sentence, so the scores are those of the plain per-sentence definition. A class is found by a hash of its
        // words and confirmed word by word, so no key string per sentence is built.
        classOf = new int[Count];
        var classes = new Dictionary<ulong, int>();
        var lastClass = new List<int>();
        var classesOfWord = new List<int>();
        var chains = new List<(int Sentence, int Next)>(tokens.Count);
        var pairHead = new Dictionary<long, int>();
        for (var s = 0; s < Count; s++)
        {
            var sentence = source.Sentences[s];
            var key = (ulong)sentence.TokenCount;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                key = (key ^ Text.XxHash64.HashString(tokens[t].Text)) * 0x9E3779B97F4A7C15UL;
                key = (key << 29) | (key >> 35);
            }

            if (classes.TryGetValue(key, out var existing) && SameWords(source, representatives[existing], sentence))
            {
                classOf[s] = existing;
                classSize[existing]++;
                continue;
            }

            var c = representatives.Count;
            classes.TryAdd(key, c);
            classOf[s] = c;
            representatives.Add(s);
            classSize.Add(1);
            var previous = -1;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var word = tokens[t].Text;
                var parts = PartCount(tokens[t]);
                for (var part = 0; part < parts; part++)
                {
                    var text = parts == 1 ? word : Part(word, part);
                    if (!vocabulary.TryGetValue(text, out var id))
                    {
                        id = vocabulary.Count;
                        vocabulary[text] = id;
                        lastClass.Add(-1);
                        classesOfWord.Add(0);
                    }

                    if (lastClass[id] != c)
                    {
                        lastClass[id] = c;
                        classesOfWord[id]++;
                    }

                    if (previous >= 0)
                    {
                        var pair = Pair(previous, id);
                        var head = pairHead.GetValueOrDefault(pair, -1);
                        if (head < 0 || chains[head].Sentence != c)
                        {
                            chains.Add((c, head));
                            pairHead[pair] = chains.Count - 1;
                        }
                    }

                    previous = id;
                }
            }
        }

        // Word postings (CSR), ascending because classes are visited in order; document frequencies count every member.
        var words = vocabulary.Count;
        wordStart = new int[words + 1];
        for (var id = 0; id < words; id++)
        {
            wordStart[id + 1] = wordStart[id] + classesOfWord[id];
            lastClass[id] = -1;
        }

        wordPostings = new int[wordStart[words]];
        var fill = wordStart[..^1];
        var documentFrequency = new int[words];
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var c = 0; c < representatives.Count; c++)
        {
            var sentence = source.Sentences[representatives[c]];
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var parts = PartCount(tokens[t]);
                for (var part = 0; part < parts; part++)
                {
                    var id = lookup[PartSpan(tokens[t].Text, part, parts)];
                    if (lastClass[id] != c)
                    {
                        lastClass[id] = c;
                        wordPostings[fill[id]++] = c;
                        documentFrequency[id] += classSize[c];
                    }
                }
            }
        }

        // Each pair's chain laid out contiguously, newest first as before, in the order of the pairs' keys.
        pairKeys = new long[pairHead.Count];
        var heads = new int[pairHead.Count];
        pairHead.Keys.CopyTo(pairKeys, 0);
        pairHead.Values.CopyTo(heads, 0);
        Array.Sort(pairKeys, heads);
        pairStart = new int[pairKeys.Length + 1];
        pairPostings = new int[chains.Count];
        var at = 0;
        for (var p = 0; p < heads.Length; p++)
        {
            for (var node = heads[p]; node >= 0; node = chains[node].Next)
            {
                pairPostings[at++] = chains[node].Sentence;
            }

            pairStart[p + 1] = at;
        }


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
        idf = new double[words];
        for (var id = 0; id < idf.Length; id++)
        {
            idf[id] = Math.Log((Count + 1) / (documentFrequency[id] + 0.5));
        }
    }

    /// <summary>Whether source sentence <paramref name="representative"/> has the same words as <paramref name="sentence"/>.</summary>
    private static bool SameWords(Document source, int representative, Sentence sentence)
    {
        var other = source.Sentences[representative];
        if (other.TokenCount != sentence.TokenCount)
        {
            return false;
        }

        for (var k = 0; k < sentence.TokenCount; k++)
        {
            if (!string.Equals(source.Tokens[other.FirstToken + k].Text, source.Tokens[sentence.FirstToken + k].Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public Document Source { get; }

    public int Count { get; }

    /// <summary>Returns whether source sentence <paramref name="sentence"/> contains <paramref name="word"/> (normalized; a hyphenated word, every part of it).</summary>
    public bool Contains(int sentence, string word)
    {
        var parts = PartCount(word);
        for (var part = 0; part < parts; part++)
        {
            if (!Words.TryGetValue(PartSpan(word, part, parts), out var id)
                || Array.BinarySearch(wordPostings, wordStart[id], wordStart[id + 1] - wordStart[id], classOf[sentence]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The class of identical sentences <paramref name="sentence"/> belongs to.</summary>
    public int ClassOf(int sentence) => classOf[sentence];

    /// <summary>The first sentence of class <paramref name="c"/>.</summary>
    public int Representative(int c) => representatives[c];

    /// <summary>Returns whether any source sentence contains <paramref name="word"/> (a hyphenated word, every part of it).</summary>
    public bool ContainsAnywhere(string word)
    {
        var parts = PartCount(word);
        for (var part = 0; part < parts; part++)
        {
            if (!Words.ContainsKey(PartSpan(word, part, parts)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the source uses <paramref name="word"/> anywhere, a possessive meeting its bare form either way round
    /// (<c>varadkar</c> for the source's <c>varadkar's</c>): the test of whether a case-less summary's word is a new name.
    /// Support does not fold possessives (the calibration was fitted on it as it is).
    /// </summary>
    public bool NamesAnywhere(string word)
    {
        if (ContainsAnywhere(word))
        {
            return true;
        }

        if (word.Length > 3 && word.EndsWith("'s", StringComparison.Ordinal))
        {
            return Words.ContainsKey(word.AsSpan(0, word.Length - 2));
        }

        if (word.Length > 64)
        {
            return false;
        }

        Span<char> possessive = stackalloc char[word.Length + 2];
        word.AsSpan().CopyTo(possessive);
        "'s".AsSpan().CopyTo(possessive[word.Length..]);
        return Words.ContainsKey(possessive);
    }

    /// <summary>The IDF weight of <paramref name="word"/>; a hyphenated word weighs as its rarest part, a word the source lacks as the source's rarest.</summary>
    public double Idf(string word)
    {
        var parts = PartCount(word);
        var weight = 0.0;
        for (var part = 0; part < parts; part++)
        {
            weight = Math.Max(weight, Words.TryGetValue(PartSpan(word, part, parts), out var id) ? idf[id] : maxIdf);
        }

        return weight;
    }

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

        // The sums are scratch, as long as the source (megabytes for a long one) and needed once per target sentence:
        // pooled, so that checking a summary against a long source does not leave one such pair of arrays per sentence
        // for the collector.
        var unigram = RentCleared<double>(classes);
        var bigram = RentCleared<double>(classes);
        try
        {
            var sums = new ClassSums(unigram, bigram);
            var (unigramTotal, bigramTotal) = Walk(tokens, first, count, ref sums);
            for (var c = 0; c < classes; c++)
            {
                scores[c] = Mix(unigram[c], unigramTotal, bigram[c], bigramTotal, unigramWeight);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(unigram);
            ArrayPool<double>.Shared.Return(bigram);
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
        // Scratch of maxWindow times the source's sentences, once per target sentence: pooled (see Support).
        var unigram = RentCleared<double>(slots);
        var bigram = RentCleared<double>(slots);
        var stamp = ArrayPool<int>.Shared.Rent(slots);
        try
        {
            stamp.AsSpan(0, slots).Fill(-1);
            var sums = new WindowSums(this, unigram, bigram, stamp, maxWindow);
            var (unigramTotal, bigramTotal) = Walk(tokens, first, count, ref sums);
            var best = 0.0;
            for (var slot = 0; slot < slots; slot++)
            {
                best = Math.Max(best, Mix(unigram[slot], unigramTotal, bigram[slot], bigramTotal, unigramWeight));
            }

            return best;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(unigram);
            ArrayPool<double>.Shared.Return(bigram);
            ArrayPool<int>.Shared.Return(stamp);
        }
    }

    /// <summary>Rents a pooled array of at least <paramref name="length"/> items, the first <paramref name="length"/> cleared.</summary>
    private static T[] RentCleared<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        array.AsSpan(0, length).Clear();
        return array;
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

    // The key stays injective (the first word in the high half, the second mixed with it in the low half), but its
    // 32-bit hash code (high ^ low) no longer collapses to first ^ second: with a large vocabulary every distinct pair
    // fell into one of a few thousand buckets, and indexing a 100 MB source became quadratic.
    private static long Pair(int first, int second) => ((long)first << 32) | (uint)(second ^ (first * -1640531535));
}
