using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// The names a document mentions, as lower-case word sequences, so that a related lower-cased text can have its
/// names found by lookup instead of by capital letters.
/// </summary>
internal sealed class NameGazetteer
{
    private readonly Dictionary<string, List<(string[] Words, EntityType Type)>> byFirstWord = new(StringComparer.Ordinal);

    public NameGazetteer(IEnumerable<Claim> entities, Document? document = null)
    {
        var names = new List<(string[] Words, EntityType Type)>();
        foreach (var claim in entities)
        {
            if (claim.Kind != ClaimKind.Entity || claim.Words.Count == 0)
            {
                continue;
            }

            names.Add(([.. claim.Words], claim.EntityType));

            // A surname alone names the person once the full name has been given.
            if (claim.EntityType == EntityType.Person && claim.Words.Count > 1 && claim.Words[^1].Length > 2)
            {
                names.Add(([claim.Words[^1]], EntityType.Person));
            }
        }

        // "a Harbour Pilot" in a quote, "a Sydney harbour pilot" in the text: a phrase the document also writes in lower
        // case is a common noun capitalised for emphasis, and a lower-case "harbour pilot" elsewhere names nothing.
        var writtenLower = document is null ? null : WrittenLower(document, names);
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, type) in names)
        {
            Add(words, type, candidate => writtenLower is not null && IsWrittenLower(document!, writtenLower, candidate), rejected);
        }

        foreach (var list in byFirstWord.Values)
        {
            list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Finds the longest known name starting at token <paramref name="i"/>; returns its length in tokens, or 0.</summary>
    public int Match(SentenceContext c, int i, out EntityType type)
    {
        type = EntityType.Name;
        if (!byFirstWord.TryGetValue(Canonical(c.Word(i)), out var candidates))
        {
            return 0;
        }

        foreach (var (words, entityType) in candidates)
        {
            var k = 0;
            while (k < words.Length && i + k < c.Count && Canonical(c.Word(i + k)) == words[k])
            {
                k++;
            }

            if (k == words.Length)
            {
                type = entityType;
                return k;
            }
        }

        return 0;
    }

    /// <summary>Where the document writes, in lower case, a word that starts one of the names: only those positions are kept.</summary>
    private static Dictionary<string, List<int>> WrittenLower(Document document, List<(string[] Words, EntityType Type)> names)
    {
        var starts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (words, _) in names)
        {
            starts.TryAdd(words[0], []);
        }

        var lookup = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text.AsSpan();
            if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (lookup.TryGetValue(word, out var at) && char.IsLower(document.Text[tokens[i].Start]))
            {
                at.Add(i);
            }
        }

        return starts;
    }

    private static bool IsWrittenLower(Document document, Dictionary<string, List<int>> writtenLower, string[] words)
    {
        var tokens = document.Tokens;
        foreach (var start in writtenLower[words[0]])
        {
            var k = 1;
            while (k < words.Length && start + k < tokens.Count && char.IsLower(document.Text[tokens[start + k].Start])
                && Canonical(tokens[start + k].Text) == words[k])
            {
                k++;
            }

            if (k == words.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The canonical form of a name word: lower case, possessive removed.</summary>
    public static string Canonical(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private void Add(string[] words, EntityType type, Func<string[], bool> isWrittenLower, HashSet<string> rejected)
    {
        if (Lexicon.Stopwords.Contains(words[0]) || (words.Length == 1 && (words[0].Length < 3 || Lexicon.IsNotName(words[0]))))
        {
            return;
        }

        if (byFirstWord.TryGetValue(words[0], out var list) && list.Exists(e => e.Words.AsSpan().SequenceEqual(words)))
        {
            return;
        }

        // Each name is looked for in lower case once, however often the document names it.
        var key = string.Join(' ', words);
        if (rejected.Contains(key) || isWrittenLower(words))
        {
            rejected.Add(key);
            return;
        }

        if (list is null)
        {
            list = [];
            byFirstWord[words[0]] = list;
        }

        list.Add((words, type));
    }
}
