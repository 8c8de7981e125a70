using CorpusDiff.Alignment;
using CorpusDiff.Documents;

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

    public HashSet<ulong> Shingles { get; }

    public EventSignals Signals { get; }

    public int TokenCount { get; }

    private static HashSet<ulong> ShingleSet(Document document, int size)
    {
        var set = new HashSet<ulong>();
        var tokens = document.Tokens;
        for (var i = 0; i + size <= tokens.Count; i++)
        {
            // FNV-1a over the shingle's words: stable across runs, unlike string.GetHashCode.
            var hash = 14695981039346656037UL;
            for (var j = 0; j < size; j++)
            {
                foreach (var c in tokens[i + j].Text)
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            set.Add(hash);
        }

        return set;
    }
}
