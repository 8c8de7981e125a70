using CorpusDiff.Alignment;
using CorpusDiff.Documents;
using CorpusDiff.Text;

namespace CorpusDiff.Comparison;

/// <summary>A document with everything a comparison derives from it alone, computed once and reused against many others.</summary>
internal sealed class PreparedDocument
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, PreparedDocument> Cache = [];

    private PreparedDocument(Document document, int shingleSize)
    {
        Document = document;
        ShingleSize = shingleSize;
        Profile = TermProfile.For(document);
        Shingles = ShingleSet(document, shingleSize);
        Signals = EventSignals.Of(document);
        TokenCount = document.Sentences.Sum(s => s.TokenCount);
    }

    public Document Document { get; }

    public int ShingleSize { get; }

    /// <summary>Gets the (cached) preparation of a document; documents are immutable, so it never goes stale.</summary>
    public static PreparedDocument For(Document document, int shingleSize)
    {
        var prepared = Cache.GetValue(document, d => new PreparedDocument(d, shingleSize));
        return prepared.ShingleSize == shingleSize ? prepared : new PreparedDocument(document, shingleSize);
    }

    public TermProfile Profile { get; }

    /// <summary>Gets the sorted, distinct word-shingle hashes (none when the document is shorter than a shingle).</summary>
    public ulong[] Shingles { get; }

    public EventSignals Signals { get; }

    public int TokenCount { get; }

    private static ulong[] ShingleSet(Document document, int size)
    {
        var tokens = document.Tokens;
        var words = new ulong[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = XxHash64.HashChars(tokens[i].Text);
        }

        // The shingles are written over the word hashes (each shingle reads only the words at and after its own
        // position), then sorted and made distinct in place: ShingleHash.Words would allocate a second array as long as
        // the document (8 bytes a token, large-object garbage for a long source).
        var count = ShingleHash.WordCount(words.Length, size, wholeIfShort: false);
        var shingles = words.AsSpan(0, count);
        ShingleHash.WordsInOrder(words, size, shingles);
        shingles.Sort();
        var distinct = 0;
        for (var i = 0; i < shingles.Length; i++)
        {
            if (distinct == 0 || shingles[i] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        return distinct == words.Length ? words : words[..distinct];
    }
}
