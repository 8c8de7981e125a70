using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// Hyphenated words are matched by their parts: a tokenised summary writes <c>27 - year - old</c> and <c>Saint -
/// Germain</c> where its article has <c>27-year-old</c> and <c>Saint-Germain</c> (PTB tokenisation spaces hyphens), and
/// one side's compound must not be a word the other never uses. The index holds the parts of every hyphenated word,
/// and a target's hyphenated word is looked up part by part, so either spelling meets the other.
/// </summary>
internal sealed partial class LexicalIndex
{
    /// <summary>Gets the vocabulary looked up by spans, so a part of a hyphenated word is found without a string per part.</summary>
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words => vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of parts a token is matched by: a word's hyphen-separated parts, otherwise 1.</summary>
    internal static int PartCount(Token token) => token.Kind == TokenKind.Word ? PartCount(token.Text) : 1;

    /// <summary>
    /// The number of parts a word is matched by: its hyphen-separated parts when it starts with a letter and no part
    /// is empty (<c>year-old</c>: 2; <c>-5</c>, <c>e-</c>: 1), otherwise 1.
    /// </summary>
    internal static int PartCount(string word)
    {
        if (word.Length < 3 || !char.IsLetter(word[0]) || word[^1] == '-' || !word.Contains('-', StringComparison.Ordinal))
        {
            return 1;
        }

        var parts = 1;
        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] == '-')
            {
                if (word[i - 1] == '-')
                {
                    return 1;
                }

                parts++;
            }
        }

        return parts;
    }

    /// <summary>Part <paramref name="part"/> of <paramref name="parts"/> of a word (the word itself when it has one part).</summary>
    internal static ReadOnlySpan<char> PartSpan(string word, int part, int parts)
    {
        if (parts == 1)
        {
            return word;
        }

        var rest = word.AsSpan();
        for (var k = 0; k < part; k++)
        {
            rest = rest[(rest.IndexOf('-') + 1)..];
        }

        var end = rest.IndexOf('-');
        return end < 0 ? rest : rest[..end];
    }

    private static string Part(string word, int part) => PartSpan(word, part, PartCount(word)).ToString();
}
