using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// A name written out with its acronym in brackets (<c>Scheldt-Maas Port Authority (SMPA)</c>, <c>Communist Party of
/// China (CPC) Central Committee</c>): the report says, in so many words, that the two are one body, so a source that
/// uses either form names it too.
/// </summary>
internal static class BracketedAcronyms
{
    private const int MinLetters = 2;
    private const int MaxLetters = 8;

    /// <summary>
    /// Whether <paramref name="claim"/> lies in a <c>Full Name (ACRONYM)</c> pair of its sentence whose acronym spells
    /// the full name's initials, and the source gives the full name, the acronym, or a name with those initials.
    /// </summary>
    public static bool OtherFormInSource(SourceFacts source, Document target, Sentence sentence, Claim claim)
    {
        var tokens = target.Tokens;
        var text = target.Text;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var j = sentence.FirstToken + 1; j < end; j++)
        {
            // The tokenizer keeps words and numbers only: the brackets are read from the text between tokens.
            var acronym = tokens[j];
            if (!IsAcronym(text, acronym) || Gap(text, tokens[j - 1].End, acronym.Start) != "("
                || acronym.End >= text.Length || text[acronym.End] != ')')
            {
                continue;
            }

            var first = LongFormStart(target, sentence.FirstToken, j, acronym.Text);
            if (first < 0 || claim.Span.End <= tokens[first].Start || claim.Span.Start > acronym.End)
            {
                continue;
            }

            var longForm = new List<string>(j - first);
            for (var k = first; k < j; k++)
            {
                longForm.Add(NameGazetteer.Canonical(tokens[k].Text));
            }

            if (source.ContainsWord(acronym.Text) || source.FindPhrase(longForm) is not null || source.ExpandAcronym(acronym.Text) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of the capitalised run before the acronym at <paramref name="at"/> whose initials spell
    /// <paramref name="acronym"/> (joiners such as <c>of</c> skipped, each part of a hyphenated word counted); -1 when
    /// no such run, unbroken by punctuation, ends there.
    /// </summary>
    private static int LongFormStart(Document target, int sentenceStart, int at, string acronym)
    {
        var tokens = target.Tokens;
        var matched = acronym.Length;
        for (var k = at - 1; k >= sentenceStart && matched > 0; k--)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || (k < at - 1 && Gap(target.Text, token.End, tokens[k + 1].Start).Length > 0))
            {
                return -1;
            }

            if (Lexicon.NameJoiners.Contains(token.Text) || token.Text == "the")
            {
                continue;
            }

            if (!char.IsUpper(target.Text[token.Start]))
            {
                return -1;
            }

            var parts = token.Text.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var p = parts.Length - 1; p >= 0; p--)
            {
                if (matched == 0 || parts[p][0] != acronym[matched - 1])
                {
                    return -1;
                }

                matched--;
            }

            if (matched == 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The text between two tokens without its white space.</summary>
    private static string Gap(string text, int from, int to) => text[from..to].Trim();

    private static bool IsAcronym(string text, Token token)
    {
        var length = token.End - token.Start;
        if (token.Kind != TokenKind.Word || length is < MinLetters or > MaxLetters)
        {
            return false;
        }

        for (var k = token.Start; k < token.End; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
