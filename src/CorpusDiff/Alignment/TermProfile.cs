using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Alignment;

/// <summary>
/// A document reduced to what the aligner scores: each sentence's distinct content terms (light stems of non-function
/// words, numbers), per-term sentence frequency, and per-term flags (number, proper noun, generic). Built once per
/// document and reused against any number of others: this is the cached form for one-against-many comparisons.
/// </summary>
internal sealed partial class TermProfile
{
    // Documents are immutable, so a document's profile never changes: compute it once per document, however many
    // comparisons it takes part in, and let it go with the document.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, TermProfile> Cache = [];

    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);

    // Every sentence's signature hash, ascending, and the sentence it belongs to (CopiesOf).
    private readonly ulong[] copyKeys;
    private readonly int[] copySentences;
    private int[]? copyClass;

    // Each term's count of distinct sentences (not copies of an earlier one), then, one past the terms, the count of
    // distinct sentences itself: the two document frequencies are counted from.
    private int[]? distinctCounts;
    private ulong[]? gramIndex;
    private (int Id, double Share, bool Rounded)[]? shares;
    private SentenceGrams? grams;
    private int[]? gramCounts;

    public TermProfile(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        var sentenceTerms = new int[document.Sentences.Count][];
        var sentencePositions = new int[document.Sentences.Count][];
        var positions = new List<int>();
        var postingCounts = new List<int>();
        var current = new List<int>();
        var seen = new HashSet<int>();
        foreach (var sentence in document.Sentences)
        {
            current.Clear();
            positions.Clear();
            seen.Clear();
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var token = document.Tokens[sentence.FirstToken + i];
                if (NumberTerms(document, sentence, i, out var first, out var second))
                {
                    if (first is not null)
                    {
                        AddTerm(first, TokenKind.Number, proper: false, current, seen, postingCounts);
                    }

                    if (second is not null)
                    {
                        AddTerm(second, TokenKind.Word, proper: false, current, seen, postingCounts);
                    }

                    PadPositions(positions, current.Count, i);
                    continue;
                }

                if (token.Kind == TokenKind.Symbol)
                {
                    continue;
                }

                // A capital letter mid-sentence (or an acronym) marks a name: names pin an event down.
                var proper = token.Kind == TokenKind.Word && char.IsUpper(document.Text[token.Start]) && (i > 0 || IsAcronym(document.Text, token));
                var text = token.Text;
                if (token.Kind == TokenKind.Word && text.IndexOf('-', 1) > 0)
                {
                    // A hyphenated compound matches through its parts: "Chinese-style" meets "Chinese", "world-class" meets "class",
                    // and the number of "52-year-old" is the number 52.
                    foreach (var range in text.AsSpan().Split('-'))
                    {
                        var part = text[range];
                        if (part.Length > 0)
                        {
                            // "the over-65s" are the people "over 65": a number's plural in a compound is the number.
                            if (part.Length is > 1 and < 5 && part[^1] == 's' && part.AsSpan(0, part.Length - 1).IndexOfAnyExceptInRange('0', '9') < 0)
                            {
                                part = part[..^1];
                            }

                            if (English.PenceAmount(part) is > 0 and var pence)
                            {
                                // "a 350p-a-share offer": the price is 350 pence, as a report writing it out says.
                                AddTerm(part[..pence], TokenKind.Number, proper: false, current, seen, postingCounts);
                                part = English.Pence;
                            }

                            AddTerm(part, part.All(char.IsAsciiDigit) ? TokenKind.Number : TokenKind.Word, proper, current, seen, postingCounts);
                            PadPositions(positions, current.Count, i);
                        }
                    }

                    continue;
                }

                // A phrasal verb is the plain word it stands for: "will look into the cause" meets "would investigate",
                // "has been put off" meets "postponed". Its verb is no term of its own, or "look" would stand as a word
                // the source lacks.
                var particle = 0;
                var means = token.Kind == TokenKind.Word ? NewsParaphrases.PhrasalMeaning(text, TextAt(document, sentence, i + 1), TextAt(document, sentence, i + 2), out particle) : null;
                AddTerm(means ?? text, token.Kind, proper && means is null, current, seen, postingCounts);
                PadPositions(positions, current.Count, i);

                // The particle is part of the meaning: "put right" is "fix", and "right" is no word the source lacks.
                i += particle;
            }

            sentenceTerms[sentence.Index] = [.. current];
            sentencePositions[sentence.Index] = [.. positions];
            foreach (var id in current)
            {
                postingCounts[id]++;
            }
        }

        SentenceTerms = sentenceTerms;
        SentencePositions = sentencePositions;
        copyKeys = new ulong[document.Sentences.Count];
        copySentences = new int[document.Sentences.Count];
        foreach (var sentence in document.Sentences)
        {
            copyKeys[sentence.Index] = SignatureHash(document, sentence);
            copySentences[sentence.Index] = sentence.Index;
        }

        Array.Sort(copyKeys, copySentences);
        // Postings are counted first and filled once, in sentence order: a growing list per term left about as much
        // garbage as the postings themselves.
        var postings = new int[postingCounts.Count][];
        for (var id = 0; id < postings.Length; id++)
        {
            postings[id] = new int[postingCounts[id]];
            postingCounts[id] = 0;
        }

        for (var s = 0; s < sentenceTerms.Length; s++)
        {
            foreach (var id in sentenceTerms[s])
            {
                postings[id][postingCounts[id]++] = s;
            }
        }

        Postings = postings;
    }

    public Document Document { get; }

    /// <summary>The text of token <paramref name="i"/> of <paramref name="sentence"/>, or <see langword="null"/> past its end.</summary>
    private static string? TextAt(Document document, Sentence sentence, int i) =>
        i >= 0 && i < sentence.TokenCount ? document.Tokens[sentence.FirstToken + i].Text : null;

    private void AddTerm(string text, TokenKind kind, bool proper, List<int> current, HashSet<int> seen, List<int> postingCounts)
    {
        if (StopWords.IsFunctionWord(text) || StopWords.IsDateWord(text))
        {
            return;
        }

        var stem = kind == TokenKind.Number ? English.Ungrouped(text) : Stemmer.Stem(text);
        if (stem.Length == 0)
        {
            return;
        }

        if (!vocabulary.TryGetValue(stem, out var id))
        {
            id = Terms.Count;
            vocabulary.Add(stem, id);
            Terms.Add(stem);
            IsNumber.Add(kind == TokenKind.Number);
            IsLength.Add(kind == TokenKind.Number && IsLengthTerm(stem));
            IsProper.Add(false);
            IsGeneric.Add(kind != TokenKind.Number && StopWords.IsGeneric(text));
            IsTitle.Add(kind != TokenKind.Number && StopWords.IsTitleWord(text));
            postingCounts.Add(0);
        }

        if (proper)
        {
            IsProper[id] = true;
        }

        if (seen.Add(id))
        {
            current.Add(id);
        }
    }

    /// <summary>Records the token position of a term just added to the sentence (one per new term).</summary>
    private static void PadPositions(List<int> positions, int terms, int token)
    {
        while (positions.Count < terms)
        {
            positions.Add(token);
        }
    }

    /// <summary>Gets the (cached) profile of a document.</summary>
    public static TermProfile For(Document document) => Cache.GetValue(document, d => new TermProfile(d));

    /// <summary>
    /// Returns this document's sentences whose normalized word sequence (<see cref="Signature"/>) is exactly that of a
    /// sentence of another document, in ascending order, or <see langword="null"/> when there is none (or the sentence
    /// has no words): copied sentences are recognised at once.
    /// </summary>
    public List<int>? CopiesOf(Document other, Documents.Sentence sentence)
    {
        if (sentence.TokenCount == 0)
        {
            return null;
        }

        // The sentences are found by a hash of their signature, then confirmed word by word: a string per sentence kept
        // for the lookup was a second copy of the source's words (about 3 bytes per source byte).
        var key = SignatureHash(other, sentence);
        var at = copyKeys.AsSpan().BinarySearch(key);
        if (at < 0)
        {
            return null;
        }

        while (at > 0 && copyKeys[at - 1] == key)
        {
            at--;
        }

        List<int>? copies = null;
        for (; at < copyKeys.Length && copyKeys[at] == key; at++)
        {
            var s = copySentences[at];
            if (SameSignature(Document, Document.Sentences[s], other, sentence))
            {
                (copies ??= []).Add(s);
            }
        }

        copies?.Sort();
        return copies;
    }

    /// <summary>
    /// Gets, for each sentence, the first sentence with the same <see cref="Signature"/> (itself when none comes before
    /// it). Built on first use: a source that repeats itself has its copies stand as one sentence where they would
    /// otherwise compete (the aligner's candidate pool and rivals).
    /// </summary>
    public int[] CopyClass => copyClass ??= BuildCopyClasses();

    /// <summary>
    /// Gets how many of the document's sentences are not a copy of an earlier one: IDF is counted over these, so a text
    /// that repeats itself keeps its words' weights (each copy would otherwise lower the weight of every word it holds
    /// against the other document's).
    /// </summary>
    public int DistinctSentenceCount => DistinctCounts[^1];

    /// <summary>Returns in how many distinct sentences (<see cref="DistinctSentenceCount"/>) a term stands.</summary>
    public int DistinctFrequency(int term) => DistinctCounts[term];

    private int[] DistinctCounts => distinctCounts ??= CountDistinct();

    private int[] CountDistinct()
    {
        var classes = CopyClass;
        var counts = new int[Postings.Length + 1];
        for (var id = 0; id < Postings.Length; id++)
        {
            foreach (var s in Postings[id])
            {
                counts[id] += classes[s] == s ? 1 : 0;
            }
        }

        for (var s = 0; s < classes.Length; s++)
        {
            counts[^1] += classes[s] == s ? 1 : 0;
        }

        return counts;
    }

    private int[] BuildCopyClasses()
    {
        var classes = new int[SentenceCount];
        for (var s = 0; s < classes.Length; s++)
        {
            classes[s] = s;
        }

        var members = new List<int>();
        for (var at = 0; at < copyKeys.Length;)
        {
            var end = at + 1;
            while (end < copyKeys.Length && copyKeys[end] == copyKeys[at])
            {
                end++;
            }

            if (end - at > 1)
            {
                // Equal hashes are confirmed word by word; each member joins the first earlier one it really equals.
                members.Clear();
                members.AddRange(copySentences.AsSpan(at, end - at));
                members.Sort();
                for (var i = 1; i < members.Count; i++)
                {
                    for (var j = 0; j < i; j++)
                    {
                        var first = members[j];
                        if (classes[first] == first && SameSignature(Document, Document.Sentences[first], Document, Document.Sentences[members[i]]))
                        {
                            classes[members[i]] = first;
                            break;
                        }
                    }
                }
            }

            at = end;
        }

        return classes;
    }

    /// <summary>Returns a sentence's normalized word sequence as one string: each token's text followed by a space.</summary>
    public static string Signature(Document document, Documents.Sentence sentence)
    {
        var builder = new System.Text.StringBuilder(sentence.End - sentence.Start);
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            builder.Append(document.Tokens[i].Text).Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>Returns a fixed 64-bit hash (FNV-1a) of <see cref="Signature"/>, without building the string.</summary>
    internal static ulong SignatureHash(Document document, Documents.Sentence sentence)
    {
        const ulong Prime = 1099511628211;
        var hash = 14695981039346656037;
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            foreach (var c in document.Tokens[i].Text)
            {
                hash = unchecked((hash ^ c) * Prime);
            }

            hash = unchecked((hash ^ ' ') * Prime);
        }

        return hash;
    }

    /// <summary>Returns whether two sentences have the same <see cref="Signature"/>.</summary>
    private static bool SameSignature(Document a, Documents.Sentence x, Document b, Documents.Sentence y)
    {
        if (x.TokenCount == y.TokenCount)
        {
            var same = true;
            for (var i = 0; i < x.TokenCount && same; i++)
            {
                same = string.Equals(a.Tokens[x.FirstToken + i].Text, b.Tokens[y.FirstToken + i].Text, StringComparison.Ordinal);
            }

            if (same)
            {
                return true;
            }
        }

        // Different tokens may still spell the same signature (a token's text could hold a space): compare the strings.
        return string.Equals(Signature(a, x), Signature(b, y), StringComparison.Ordinal);
    }

    /// <summary>Gets the distinct term ids of each sentence, in first-occurrence order.</summary>
    public int[][] SentenceTerms { get; }

    /// <summary>
    /// Gets, per sentence and parallel to <see cref="SentenceTerms"/>, the index of the token (within the sentence) where
    /// each term first occurs: the parts of a hyphenated compound share one, and terms of adjacent tokens form a phrase.
    /// </summary>
    public int[][] SentencePositions { get; }

    /// <summary>Gets, for each term id, the sentences containing it (ascending).</summary>
    public int[][] Postings { get; }

    public List<string> Terms { get; } = [];

    public List<bool> IsNumber { get; } = [];

    /// <summary>
    /// Gets, for each term id, whether it is a length of time read from a count and its unit (<c>48 hours</c>): evidence
    /// when the other report states it too, but no new fact when it does not, since its count already is one in digits
    /// and stays a word when spelled (<see cref="SpelledNumber"/>).
    /// </summary>
    public List<bool> IsLength { get; } = [];

    public List<bool> IsProper { get; } = [];

    public List<bool> IsGeneric { get; } = [];

    /// <summary>Gets, for each term id, whether it is a word of official titles (<c>standing</c>, <c>bureau</c>): never evidence of a shared fact.</summary>
    public List<bool> IsTitle { get; } = [];

    public int SentenceCount => SentenceTerms.Length;

    public int Lookup(string term) => vocabulary.TryGetValue(term, out var id) ? id : -1;

    /// <summary>
    /// Gets the terms that are shares (<c>18%</c>, and <c>~20%</c> for a fraction, <see cref="ShareOf"/>), with their
    /// value: read once per report (on first use, then cached), since every pair whose target gives a share looks them up.
    /// </summary>
    public (int Id, double Share, bool Rounded)[] Shares => shares ??= FindShares();

    private (int Id, double Share, bool Rounded)[] FindShares()
    {
        var found = new List<(int Id, double Share, bool Rounded)>();
        for (var id = 0; id < Terms.Count; id++)
        {
            if (IsNumber[id] && ShareOf(Terms[id], out var rounded) is { } share)
            {
                found.Add((id, share, rounded));
            }
        }

        return [.. found];
    }

    /// <summary>
    /// Gets the index from character 4-grams to the terms containing them (built on first use, then cached): one sorted
    /// array of <c>gram &lt;&lt; 32 | term</c> keys, searched by binary search — a few allocations instead of a
    /// dictionary of thousands of small lists.
    /// </summary>
    public ulong[] GramIndex
    {
        get
        {
            var index = Volatile.Read(ref gramIndex);
            if (index is not null)
            {
                return index;
            }

            var keys = new List<ulong>(Terms.Count * 8);
            var counts = new int[Terms.Count];
            Span<int> grams = stackalloc int[CharGrams.MaxGrams];
            for (var id = 0; id < Terms.Count; id++)
            {
                if (IsNumber[id])
                {
                    continue;
                }

                var n = CharGrams.Hashes(Terms[id], grams);
                counts[id] = n;
                for (var g = 0; g < n; g++)
                {
                    keys.Add(((ulong)(uint)grams[g] << 32) | (uint)id);
                }
            }

            index = [.. keys];
            Array.Sort(index);

            // Counts first: a reader that sees the index must also see the counts.
            Interlocked.CompareExchange(ref gramCounts, counts, null);
            Interlocked.CompareExchange(ref gramIndex, index, null);
            return gramIndex!;
        }
    }

    /// <summary>Gets the sentences as character n-gram bags (built on first use, then cached with the profile).</summary>
    public SentenceGrams Grams
    {
        get
        {
            var built = Volatile.Read(ref grams);
            if (built is null)
            {
                Interlocked.CompareExchange(ref grams, new SentenceGrams(Document), null);
                built = Volatile.Read(ref grams)!;
            }

            return built;
        }
    }

    /// <summary>Returns the index entries of one 4-gram (the low 32 bits of each is a term id).</summary>
    public ReadOnlySpan<ulong> TermsWithGram(int gram)
    {
        var index = GramIndex;
        var key = (ulong)(uint)gram << 32;
        int lo = 0, hi = index.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (index[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < index.Length && (index[end] >> 32) == (uint)gram)
        {
            end++;
        }

        return index.AsSpan(lo, end - lo);
    }

    /// <summary>Gets how many distinct 4-grams a term has.</summary>
    public int GramCount(int id)
    {
        _ = GramIndex;
        return gramCounts![id];
    }

    private static bool IsAcronym(string text, Token token) =>
        token.End - token.Start >= 2 && char.IsUpper(text[token.Start + 1]);
}
