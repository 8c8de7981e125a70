using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>The one pass over a target sentence's words that per-sentence support and window support share.</summary>
internal sealed partial class LexicalIndex
{
    /// <summary>Where the pass puts each weight found: per sentence class, or per window of sentences.</summary>
    private interface IRecallSums
    {
        /// <summary>Adds the weight of the target's <paramref name="k"/>-th word to class <paramref name="c"/>.</summary>
        void Word(int c, double weight, int k);

        /// <summary>Adds the weight of the pair ending at the target's <paramref name="k"/>-th word to class <paramref name="c"/>.</summary>
        void Pair(int c, double weight, int k);
    }

    /// <summary>
    /// Walks the target's words once: each word's IDF weight (unknown words weigh the most) goes to every class that
    /// holds it, each adjacent pair's mean weight to every class that holds the pair.
    /// </summary>
    /// <returns>The target's total word weight and total pair weight, the denominators of the recalls.</returns>
    private (double Unigram, double Bigram) Walk<TSums>(IReadOnlyList<Token> tokens, int first, int count, ref TSums sums)
        where TSums : struct, IRecallSums
    {
        double unigramTotal = 0, bigramTotal = 0;
        int previousId = -1;
        double previousWeight = 0;
        var words = Words;

        // k counts the words matched (a hyphenated token's parts each one), so a pair spans two parts as it spans two tokens.
        var k = 0;
        for (var t = 0; t < count; t++)
        {
            var token = tokens[first + t];
            var parts = PartCount(token);
            for (var part = 0; part < parts; part++, k++)
            {
                var id = words.TryGetValue(PartSpan(token.Text, part, parts), out var found) ? found : -1;
                var weight = id >= 0 ? idf[id] : maxIdf;
                unigramTotal += weight;
                if (id >= 0)
                {
                    foreach (var c in wordPostings.AsSpan(wordStart[id], wordStart[id + 1] - wordStart[id]))
                    {
                        sums.Word(c, weight, k);
                    }
                }

                if (k > 0)
                {
                    var pairWeight = (previousWeight + weight) / 2;
                    bigramTotal += pairWeight;
                    var pair = id >= 0 && previousId >= 0 ? Array.BinarySearch(pairKeys, Pair(previousId, id)) : -1;
                    if (pair >= 0)
                    {
                        foreach (var c in pairPostings.AsSpan(pairStart[pair], pairStart[pair + 1] - pairStart[pair]))
                        {
                            sums.Pair(c, pairWeight, k);
                        }
                    }
                }

                previousId = id;
                previousWeight = weight;
            }
        }

        return (unigramTotal, bigramTotal);
    }

    /// <summary>Word recall and pair recall mixed by <paramref name="unigramWeight"/>; with no pairs, pair recall is word recall.</summary>
    private static double Mix(double unigram, double unigramTotal, double bigram, double bigramTotal, double unigramWeight)
    {
        var u = unigramTotal > 0 ? unigram / unigramTotal : 0;
        var b = bigramTotal > 0 ? bigram / bigramTotal : u;
        return (unigramWeight * u) + ((1 - unigramWeight) * b);
    }

    private readonly struct ClassSums(double[] unigram, double[] bigram) : IRecallSums
    {
        public void Word(int c, double weight, int k) => unigram[c] += weight;

        public void Pair(int c, double weight, int k) => bigram[c] += weight;
    }

    /// <summary>Sums per window; the stamp (2k for a word, 2k + 1 for a pair) makes a weight count once per window.</summary>
    private readonly struct WindowSums(LexicalIndex index, double[] unigram, double[] bigram, int[] stamp, int maxWindow) : IRecallSums
    {
        public void Word(int c, double weight, int k) => index.AddWindows(c, weight, unigram, stamp, 2 * k, maxWindow);

        public void Pair(int c, double weight, int k) => index.AddWindows(c, weight, bigram, stamp, (2 * k) + 1, maxWindow);
    }
}
