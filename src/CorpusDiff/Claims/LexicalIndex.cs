using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// A source document's words and word pairs per sentence, with IDF weights over its sentences, built once so that
/// every target sentence is scored against every source sentence cheaply.
/// </summary>
internal sealed class LexicalIndex
{
    private readonly HashSet<string>[] unigrams;
    private readonly HashSet<(string, string)>[] bigrams;
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly double maxIdf;

    public LexicalIndex(Document source)
    {
        Source = source;
        var count = source.Sentences.Count;
        unigrams = new HashSet<string>[count];
        bigrams = new HashSet<(string, string)>[count];
        for (var s = 0; s < count; s++)
        {
            var sentence = source.Sentences[s];
            var words = new HashSet<string>(StringComparer.Ordinal);
            var pairs = new HashSet<(string, string)>();
            string? previous = null;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var word = source.Tokens[t].Text;
                words.Add(word);
                if (previous is not null)
                {
                    pairs.Add((previous, word));
                }

                previous = word;
            }

            unigrams[s] = words;
            bigrams[s] = pairs;
            foreach (var word in words)
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        maxIdf = Math.Log((count + 1) / 0.5);
    }

    public Document Source { get; }

    public int Count => unigrams.Length;

    /// <summary>Returns whether source sentence <paramref name="sentence"/> contains <paramref name="word"/> (normalized).</summary>
    public bool Contains(int sentence, string word) => unigrams[sentence].Contains(word);

    /// <summary>Returns whether any source sentence contains <paramref name="word"/>.</summary>
    public bool ContainsAnywhere(string word) => documentFrequency.ContainsKey(word);

    public double Idf(string word) =>
        documentFrequency.TryGetValue(word, out var df) ? Math.Log((Count + 1) / (df + 0.5)) : maxIdf;

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
                if (unigrams[s].Contains(word))
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

        var weights = new double[count];
        double unigramTotal = 0;
        for (var k = 0; k < count; k++)
        {
            weights[k] = Idf(tokens[first + k].Text);
            unigramTotal += weights[k];
        }

        double bigramTotal = 0;
        for (var k = 1; k < count; k++)
        {
            bigramTotal += (weights[k - 1] + weights[k]) / 2;
        }

        for (var s = 0; s < Count; s++)
        {
            var words = unigrams[s];
            var pairs = bigrams[s];
            double unigram = 0;
            double bigram = 0;
            for (var k = 0; k < count; k++)
            {
                var word = tokens[first + k].Text;
                if (words.Contains(word))
                {
                    unigram += weights[k];
                    if (k > 0 && pairs.Contains((tokens[first + k - 1].Text, word)))
                    {
                        bigram += (weights[k - 1] + weights[k]) / 2;
                    }
                }
            }

            var u = unigramTotal > 0 ? unigram / unigramTotal : 0;
            var b = bigramTotal > 0 ? bigram / bigramTotal : u;
            scores[s] = (unigramWeight * u) + ((1 - unigramWeight) * b);
        }

        return scores;
    }
}
