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
        var bags = new byte[document.Sentences.Count][];
        var encoded = new byte[64];
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
            var sentenceIds = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(distinctIds);
            var sentenceCounts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(distinctCounts);
            sentenceIds.Sort(sentenceCounts);
            bags[sentence.Index] = Encode(sentenceIds, sentenceCounts, ref encoded);
        }

        Bags = bags;
        Df = [.. df];
        Hashes = new int[Df.Length];
        foreach (var (hash, id) in vocabulary)
        {
            Hashes[id] = hash;
        }
    }

    /// <summary>
    /// Gets, per sentence, its distinct n-gram ids (ascending) with how often each occurs, encoded (read them with
    /// <see cref="Read"/>): each id as its distance from the one before, shifted left by one, the low bit set when the
    /// count is not 1 and the count minus 2 then follows, all as unsigned LEB128. A sentence has about 160 distinct
    /// n-grams close together in id, so this takes about 2 bytes an n-gram instead of 8 in an id and a count array
    /// (the cached source's n-grams were its largest part: 8 bytes per source byte).
    /// </summary>
    public byte[][] Bags { get; }

    /// <summary>Gets a reader over a sentence's n-grams and their counts, in ascending id order.</summary>
    public GramReader Read(int sentence) => new(Bags[sentence]);

    /// <summary>Returns a sentence's distinct n-gram ids (ascending) and their counts, decoded (for tests and the rare caller that needs them all).</summary>
    public (int[] Ids, int[] Counts) Decode(int sentence)
    {
        var ids = new List<int>();
        var counts = new List<int>();
        var reader = Read(sentence);
        while (reader.Next(out var id, out var count))
        {
            ids.Add(id);
            counts.Add(count);
        }

        return ([.. ids], [.. counts]);
    }

    /// <summary>Gets, per n-gram id, how many sentences contain it.</summary>
    public int[] Df { get; }

    /// <summary>Gets, per n-gram id, its hash (to look it up in another document).</summary>
    public int[] Hashes { get; }

    /// <summary>Gets the number of distinct n-grams.</summary>
    public int Count => Df.Length;

    /// <summary>Returns the id of an n-gram hash, or -1 when the document lacks it.</summary>
    public int Lookup(int hash) => vocabulary.TryGetValue(hash, out var id) ? id : -1;

    private static byte[] Encode(ReadOnlySpan<int> ids, ReadOnlySpan<int> counts, ref byte[] buffer)
    {
        // At most 5 bytes for the id step and 5 for the count: grow the scratch once for the sentence, not per entry.
        if (buffer.Length < ids.Length * 10)
        {
            buffer = new byte[Math.Max(ids.Length * 10, buffer.Length * 2)];
        }

        var length = 0;
        var previous = 0;
        for (var x = 0; x < ids.Length; x++)
        {
            var step = (uint)(ids[x] - previous) << 1;
            previous = ids[x];
            if (counts[x] == 1)
            {
                length = Write(buffer, length, step);
            }
            else
            {
                length = Write(buffer, length, step | 1);
                length = Write(buffer, length, (uint)(counts[x] - 2));
            }
        }

        return buffer.AsSpan(0, length).ToArray();
    }

    private static int Write(byte[] buffer, int at, uint value)
    {
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[at++] = (byte)value;
        return at;
    }
}
