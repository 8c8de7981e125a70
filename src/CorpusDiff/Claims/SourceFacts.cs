using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>Everything the checker looks up in a source: its claims by kind and sentence, and its words for phrase search.</summary>
internal sealed class SourceFacts
{
    // The source's canonical words as ids and each word's token positions, ascending (CSR): 4 bytes a token. A phrase's
    // later words are compared with the tokens' own texts, so no word id per token is held (4 bytes a token more).
    private readonly Dictionary<string, int> wordIds = new(StringComparer.Ordinal);
    private readonly int[] positionStart;
    private readonly int[] positions;
    private readonly Dictionary<string, Claim> acronyms = new(StringComparer.Ordinal);

    public SourceFacts(Document source, IReadOnlyList<IReadOnlyList<Claim>> claims)
    {
        Document = source;
        Claims = claims;
        // The lookup lists hold each distinct fact once (its first occurrence): a report that repeats itself states no
        // more facts, and every target claim is looked up in them.
        var seen = new HashSet<(ClaimKind, string, string, string?, DatePrecision, DateOnly?)>();
        foreach (var sentence in claims)
        {
            foreach (var claim in sentence)
            {
                if (!seen.Add((claim.Kind, claim.Value, claim.Text, claim.Unit, claim.Precision, claim.Date)))
                {
                    continue;
                }

                ByKind(claim.Kind).Add(claim);
                if (claim.Kind == ClaimKind.Entity && claim.Words.Count >= 2)
                {
                    var initials = Initials(claim.Words);
                    if (initials.Length >= 2)
                    {
                        acronyms.TryAdd(initials, claim);
                    }

                    // "Scheldt-Maas Port Authority" is abbreviated SMPA as often as SPA: each part of a hyphenated word
                    // may give its letter.
                    var partInitials = PartInitials(claim.Words);
                    if (partInitials != initials)
                    {
                        acronyms.TryAdd(partInitials, claim);
                    }
                }
            }
        }

        var tokenWord = new int[source.Tokens.Count];
        var counts = new List<int>();
        for (var i = 0; i < tokenWord.Length; i++)
        {
            var word = NameGazetteer.Canonical(source.Tokens[i].Text);
            if (!wordIds.TryGetValue(word, out var id))
            {
                id = wordIds.Count;
                wordIds[word] = id;
                counts.Add(0);
            }

            tokenWord[i] = id;
            counts[id]++;
        }

        positionStart = new int[counts.Count + 1];
        for (var id = 0; id < counts.Count; id++)
        {
            positionStart[id + 1] = positionStart[id] + counts[id];
        }

        positions = new int[tokenWord.Length];
        var fill = positionStart[..^1];
        for (var i = 0; i < tokenWord.Length; i++)
        {
            positions[fill[tokenWord[i]]++] = i;
        }
    }

    public Document Document { get; }

    public IReadOnlyList<IReadOnlyList<Claim>> Claims { get; }

    public List<Claim> Numbers { get; } = [];

    public List<Claim> Dates { get; } = [];

    public List<Claim> Entities { get; } = [];

    public List<Claim> Quantities { get; } = [];

    public List<Claim> Negations { get; } = [];

    public List<Claim> Attributions { get; } = [];

    public List<Claim> ByKind(ClaimKind kind) => kind switch
    {
        ClaimKind.Number => Numbers,
        ClaimKind.Date => Dates,
        ClaimKind.Entity => Entities,
        ClaimKind.Quantity => Quantities,
        ClaimKind.Negation => Negations,
        _ => Attributions,
    };

    /// <summary>Finds <paramref name="phrase"/> (canonical lower-case words) in the source; returns its span, or <see langword="null"/>.</summary>
    public TextSpan? FindPhrase(IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return null;
        }

        // A word the source lacks cannot be matched: no phrase holding it is found.
        var ids = phrase.Count <= 64 ? stackalloc int[phrase.Count] : new int[phrase.Count];
        for (var k = 0; k < ids.Length; k++)
        {
            if (!wordIds.TryGetValue(phrase[k], out ids[k]))
            {
                return null;
            }
        }

        for (var p = positionStart[ids[0]]; p < positionStart[ids[0] + 1]; p++)
        {
            var start = positions[p];
            var k = 1;
            while (k < ids.Length && start + k < Document.Tokens.Count && IsWord(Document.Tokens[start + k].Text, phrase[k]))
            {
                k++;
            }

            if (k == ids.Length)
            {
                return new TextSpan(Document.Tokens[start].Start, Document.Tokens[start + k - 1].End);
            }
        }

        return null;
    }

    public bool ContainsWord(string word) => wordIds.ContainsKey(word);

    /// <summary>Whether the source writes <paramref name="word"/> (canonical) with a capital letter anywhere, sentence starts included.</summary>
    public bool IsWrittenCapitalized(string word)
    {
        if (!wordIds.TryGetValue(word, out var id))
        {
            return false;
        }

        for (var p = positionStart[id]; p < positionStart[id + 1]; p++)
        {
            if (char.IsUpper(Document.Text[Document.Tokens[positions[p]].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a token's text is <paramref name="word"/> in canonical form (<see cref="NameGazetteer.Canonical"/>), without building the string.</summary>
    private static bool IsWord(string token, string word)
    {
        var canonical = token.EndsWith("'s", StringComparison.Ordinal) ? token.AsSpan(0, token.Length - 2) : token.AsSpan();
        return canonical.SequenceEqual(word);
    }

    /// <summary>Finds the source entity whose initials spell <paramref name="acronym"/> (<c>cpc</c> → Communist Party of China).</summary>
    public Claim? ExpandAcronym(string acronym) => acronyms.GetValueOrDefault(acronym.Replace(".", string.Empty, StringComparison.Ordinal));

    /// <summary>Returns the source sentence holding a text offset (else the next one).</summary>
    public int SentenceAt(int offset) => Document.SentenceAtOrAfter(offset);

    /// <summary>The initials of a name with each part of a hyphenated word counted (<c>scheldt-maas port authority</c> → <c>smpa</c>).</summary>
    public static string PartInitials(IReadOnlyList<string> words)
    {
        var parts = new List<string>(words.Count + 2);
        foreach (var word in words)
        {
            parts.AddRange(word.Split('-', StringSplitOptions.RemoveEmptyEntries));
        }

        return Initials(parts);
    }

    public static string Initials(IReadOnlyList<string> words)
    {
        var chars = new char[words.Count];
        var n = 0;
        foreach (var word in words)
        {
            if (word.Length > 0 && !Lexicon.NameJoiners.Contains(word) && word != "the")
            {
                chars[n++] = word[0];
            }
        }

        return new string(chars, 0, n);
    }
}
