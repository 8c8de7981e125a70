using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>Everything the checker looks up in a source: its claims by kind and sentence, and its words for phrase search.</summary>
internal sealed class SourceFacts
{
    private readonly Dictionary<string, List<int>> positions = new(StringComparer.Ordinal);
    private readonly string[] words;
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
                }
            }
        }

        words = new string[source.Tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = NameGazetteer.Canonical(source.Tokens[i].Text);
            if (!positions.TryGetValue(words[i], out var list))
            {
                list = [];
                positions[words[i]] = list;
            }

            list.Add(i);
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
        if (phrase.Count == 0 || !positions.TryGetValue(phrase[0], out var starts))
        {
            return null;
        }

        foreach (var start in starts)
        {
            var k = 1;
            while (k < phrase.Count && start + k < words.Length && words[start + k] == phrase[k])
            {
                k++;
            }

            if (k == phrase.Count)
            {
                return new TextSpan(Document.Tokens[start].Start, Document.Tokens[start + k - 1].End);
            }
        }

        return null;
    }

    public bool ContainsWord(string word) => positions.ContainsKey(word);

    /// <summary>Finds the source entity whose initials spell <paramref name="acronym"/> (<c>cpc</c> → Communist Party of China).</summary>
    public Claim? ExpandAcronym(string acronym) => acronyms.GetValueOrDefault(acronym.Replace(".", string.Empty, StringComparison.Ordinal));

    /// <summary>Returns the source sentence holding a text offset (else the next one).</summary>
    public int SentenceAt(int offset) => Document.SentenceAtOrAfter(offset);

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
