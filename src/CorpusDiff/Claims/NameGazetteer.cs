using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// The names a document mentions, as lower-case word sequences, so that a related lower-cased text can have its
/// names found by lookup instead of by capital letters.
/// </summary>
internal sealed class NameGazetteer
{
    private readonly Dictionary<string, List<(string[] Words, EntityType Type)>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> writtenLowerAt = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Token> tokens;
    private readonly string text;

    public NameGazetteer(IEnumerable<Claim> entities, Document? document = null)
    {
        tokens = document?.Tokens ?? [];
        text = document?.Text ?? string.Empty;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (char.IsLower(text[tokens[i].Start]))
            {
                var key = Canonical(tokens[i].Text);
                if (!writtenLowerAt.TryGetValue(key, out var at))
                {
                    at = [];
                    writtenLowerAt[key] = at;
                }

                at.Add(i);
            }
        }

        foreach (var claim in entities)
        {
            if (claim.Kind != ClaimKind.Entity || claim.Words.Count == 0)
            {
                continue;
            }

            Add([.. claim.Words], claim.EntityType);

            // A surname alone names the person once the full name has been given.
            if (claim.EntityType == EntityType.Person && claim.Words.Count > 1 && claim.Words[^1].Length > 2)
            {
                Add([claim.Words[^1]], EntityType.Person);
            }
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

    private bool IsWrittenLower(string[] words)
    {
        if (!writtenLowerAt.TryGetValue(words[0], out var starts))
        {
            return false;
        }

        foreach (var start in starts)
        {
            var k = 1;
            while (k < words.Length && start + k < tokens.Count && char.IsLower(text[tokens[start + k].Start])
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

    private void Add(string[] words, EntityType type)
    {
        if (Lexicon.Stopwords.Contains(words[0]) || (words.Length == 1 && (words[0].Length < 3 || Lexicon.IsNotName(words[0]))))
        {
            return;
        }

        // "a Harbour Pilot" in a quote, "a Sydney harbour pilot" in the text: a phrase the document also writes in lower
        // case is a common noun capitalised for emphasis, and a lower-case "harbour pilot" elsewhere names nothing.
        if (IsWrittenLower(words))
        {
            return;
        }

        if (!byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            byFirstWord[words[0]] = list;
        }

        if (!list.Exists(e => e.Words.AsSpan().SequenceEqual(words)))
        {
            list.Add((words, type));
        }
    }
}
