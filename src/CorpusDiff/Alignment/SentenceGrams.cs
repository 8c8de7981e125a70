using CorpusDiff.Documents;

namespace CorpusDiff.Alignment;

/// <summary>
/// A document's sentences as bags of character n-grams (3- and 4-grams of each content word, padded with boundary
/// marks): the vectors of the character half of the aligner's symmetric similarity. The n-grams meet across morphology
/// and compounds the word stems miss (<c>scientific</c>/<c>science</c>, <c>modernization</c>/<c>modern</c>). Built
/// once per document (cached with its <see cref="TermProfile"/>) and reused against any number of others; the weights
/// (IDF over the two documents of a pair) are applied per pair by <see cref="PairVectors"/>.
/// </summary>
internal sealed class SentenceGrams
{
    /// <summary>The shortest n-gram.</summary>
    public const int MinGram = 3;

    /// <summary>The longest n-gram.</summary>
    public const int MaxGram = 4;

    // Longer words are cut here: the n-grams of their first letters already place them.
    private const int MaxWordLength = 40;

    // A document has at most about one distinct n-gram per character, and English saturates long before this cap: sizing
    // the table once avoids rehashing it a dozen times while it grows.
    private const int MaxInitialVocabulary = 1 << 16;

    private readonly Dictionary<int, int> vocabulary;

    public SentenceGrams(Document document)
    {
        vocabulary = new Dictionary<int, int>(Math.Min(document.Text.Length, MaxInitialVocabulary));
        var ids = new int[document.Sentences.Count][];
        var counts = new int[document.Sentences.Count][];
        var df = new List<int>();
        var distinctIds = new List<int>();
        var distinctCounts = new List<int>();
        var seenIn = new List<int>();
        var slot = new List<int>();

        // News repeats its words: the n-gram ids of each distinct word are computed once per document, so a repeated
        // word costs one lookup instead of one per n-gram.
        var known = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var word = new List<int>();
        Span<char> padded = stackalloc char[MaxWordLength + 2];
        foreach (var sentence in document.Sentences)
        {
            distinctIds.Clear();
            distinctCounts.Clear();
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var token = document.Tokens[sentence.FirstToken + i];
                if (token.Kind != TokenKind.Word || StopWords.IsFunctionWord(token.Text))
                {
                    continue;
                }

                if (!known.TryGetValue(token.Text, out var grams))
                {
                    word.Clear();
                    foreach (var range in token.Text.AsSpan().Split('-'))
                    {
                        var part = token.Text.AsSpan()[range];
                        if (part.Length == 0)
                        {
                            continue;
                        }

                        part = part[..Math.Min(part.Length, MaxWordLength)];
                        padded[0] = '^';
                        part.CopyTo(padded[1..]);
                        padded[part.Length + 1] = '$';
                        var marked = padded[..(part.Length + 2)];
                        for (var n = MinGram; n <= MaxGram; n++)
                        {
                            for (var at = 0; at + n <= marked.Length; at++)
                            {
                                var hash = CharGrams.Hash(marked.Slice(at, n));
                                if (!vocabulary.TryGetValue(hash, out var id))
                                {
                                    id = df.Count;
                                    vocabulary.Add(hash, id);
                                    df.Add(0);
                                    seenIn.Add(-1);
                                    slot.Add(0);
                                }

                                word.Add(id);
                            }
                        }
                    }

                    grams = [.. word];
                    known.Add(token.Text, grams);
                }

                foreach (var id in grams)
                {
                    if (seenIn[id] != sentence.Index)
                    {
                        seenIn[id] = sentence.Index;
                        slot[id] = distinctIds.Count;
                        distinctIds.Add(id);
                        distinctCounts.Add(1);
                        df[id]++;
                    }
                    else
                    {
                        distinctCounts[slot[id]]++;
                    }
                }
            }

            // The distinct n-grams with their counts: each id remembers the last sentence that counted it and its slot
            // there, so only the distinct ids are sorted, not every occurrence.
            var sentenceIds = distinctIds.ToArray();
            var sentenceCounts = distinctCounts.ToArray();
            Array.Sort(sentenceIds, sentenceCounts);
            ids[sentence.Index] = sentenceIds;
            counts[sentence.Index] = sentenceCounts;
        }

        Ids = ids;
        Counts = counts;
        Df = [.. df];
        Hashes = new int[Df.Length];
        foreach (var (hash, id) in vocabulary)
        {
            Hashes[id] = hash;
        }
    }

    /// <summary>Gets, per sentence, its distinct n-gram ids (ascending).</summary>
    public int[][] Ids { get; }

    /// <summary>Gets, per sentence, how often each of its n-grams occurs (parallel to <see cref="Ids"/>).</summary>
    public int[][] Counts { get; }

    /// <summary>Gets, per n-gram id, how many sentences contain it.</summary>
    public int[] Df { get; }

    /// <summary>Gets, per n-gram id, its hash (to look it up in another document).</summary>
    public int[] Hashes { get; }

    /// <summary>Gets the number of distinct n-grams.</summary>
    public int Count => Df.Length;

    /// <summary>Returns the id of an n-gram hash, or -1 when the document lacks it.</summary>
    public int Lookup(int hash) => vocabulary.TryGetValue(hash, out var id) ? id : -1;
}
