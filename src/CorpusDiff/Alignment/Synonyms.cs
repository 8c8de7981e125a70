using System.Collections.Frozen;
using CorpusDiff.Language;

namespace CorpusDiff.Alignment;

/// <summary>
/// The paraphrase lexicon (<see cref="NewsParaphrases"/>) in the aligner's terms: each listed word reduced the way a
/// <see cref="TermProfile"/> reduces it (numbers as written, words by <see cref="Stemmer"/>), mapped to the other terms
/// of its classes. Built once.
/// </summary>
internal static class Synonyms
{
    private static readonly FrozenDictionary<string, string[]> Partners = Build();

    /// <summary>Returns the terms that share a paraphrase class with <paramref name="term"/> (none for most terms).</summary>
    public static string[] Of(string term) => Partners.TryGetValue(term, out var partners) ? partners : [];

    private static FrozenDictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var words in NewsParaphrases.Classes)
        {
            var terms = words.Select(Term).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var a in terms)
            {
                if (!map.TryGetValue(a, out var set))
                {
                    map[a] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                foreach (var b in terms)
                {
                    if (b != a)
                    {
                        set.Add(b);
                    }
                }
            }
        }

        return map.Where(p => p.Value.Count > 0).ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private static string Term(string word) => char.IsAsciiDigit(word[0]) ? word : Stemmer.Stem(word);
}
