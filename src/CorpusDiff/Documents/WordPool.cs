namespace CorpusDiff.Documents;

/// <summary>
/// One string per distinct token text while a document is parsed: a report repeats its words, and each token's own
/// copy of "the" would hold about 5 bytes per byte of text. Words are looked up by their normalized characters before
/// any string is made, so a repeated word allocates nothing. Not thread-safe: each parse rents its own.
/// </summary>
internal sealed class WordPool
{
    /// <summary>A pool that grew past this many words (a very long document) is dropped rather than kept for the thread.</summary>
    private const int MaxKeptWords = 1 << 16;

    [ThreadStatic]
    private static WordPool? cached;

    private readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private WordPool()
    {
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Takes the calling thread's pool (empty), or a new one.</summary>
    /// <returns>An empty pool; give it back with <see cref="Return"/>.</returns>
    public static WordPool Rent()
    {
        var pool = cached ?? new WordPool();
        cached = null;
        return pool;
    }

    /// <summary>Empties the pool (so it holds no document's words) and keeps it for the thread's next parse.</summary>
    /// <param name="pool">A pool from <see cref="Rent"/>.</param>
    public static void Return(WordPool pool)
    {
        if (pool.words.Count > MaxKeptWords)
        {
            return;
        }

        pool.words.Clear();
        cached = pool;
    }

    /// <summary>Returns the pooled string with these characters, adding one when there is none.</summary>
    /// <param name="word">The characters.</param>
    /// <returns>The shared string.</returns>
    public string Intern(ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var shared))
        {
            return shared;
        }

        var added = word.ToString();
        words.Add(added, added);
        return added;
    }

    /// <summary>Returns the pooled string equal to <paramref name="word"/>, adding it when there is none.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The shared string.</returns>
    public string Intern(string word)
    {
        if (words.TryGetValue(word, out var shared))
        {
            return shared;
        }

        words.Add(word, word);
        return word;
    }
}
