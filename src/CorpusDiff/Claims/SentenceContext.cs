using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>What extraction needs about one sentence: its tokens and the text around them.</summary>
internal sealed class SentenceContext(string text, int sentence, Token[] tokens, DateOnly? published, bool caseless, NameGazetteer? knownNames, WordPool? strings = null)
{
    public string Text { get; } = text;

    public int Sentence { get; } = sentence;

    public Token[] Tokens { get; } = tokens;

    public DateOnly? Published { get; } = published;

    public bool Caseless { get; } = caseless;

    public NameGazetteer? KnownNames { get; } = knownNames;

    public int Count => Tokens.Length;

    public string Word(int i) => i >= 0 && i < Tokens.Length ? Tokens[i].Text : string.Empty;

    /// <summary>Returns whether token <paramref name="i"/> is written with a leading capital letter.</summary>
    public bool IsCapitalized(int i) => i >= 0 && i < Tokens.Length && char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>Returns whether token <paramref name="i"/> is written in capitals only (an acronym such as <c>CPC</c>).</summary>
    public bool IsAcronym(int i)
    {
        if (i < 0 || i >= Tokens.Length || Tokens[i].Kind != TokenKind.Word || Tokens[i].End - Tokens[i].Start < 2)
        {
            return false;
        }

        var letters = 0;
        for (var k = Tokens[i].Start; k < Tokens[i].End; k++)
        {
            var c = Text[k];
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>Returns the characters between token <paramref name="i"/> and the next one (punctuation and spaces).</summary>
    public ReadOnlySpan<char> GapAfter(int i)
    {
        if (i < 0 || i + 1 >= Tokens.Length)
        {
            return [];
        }

        return Text.AsSpan(Tokens[i].End, Tokens[i + 1].Start - Tokens[i].End);
    }

    /// <summary>
    /// Returns whether a sign stands right before token <paramref name="i"/>: the claims take any sign before an amount
    /// as its currency (<c>$</c>, <c>£</c>, and a tokenised <c>#</c>, which is a pound).
    /// </summary>
    public bool AfterSign(int i) => i > 0 && i <= Tokens.Length && Tokens[i - 1].Kind == TokenKind.Symbol;

    /// <summary>Returns whether only spaces separate token <paramref name="i"/> from the next.</summary>
    public bool JoinedBySpace(int i)
    {
        var gap = GapAfter(i);
        if (i + 1 >= Tokens.Length)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    public string Slice(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    // A long source states the same figures and names again and again: with a pool, claims share one string per
    // distinct text and value instead of two of their own (about 1.5 bytes per source byte).
    public Claim Claim(ClaimKind kind, int first, int last, string value) => strings is null
        ? new(kind, Sentence, Span(first, last), Slice(first, last), value)
        : new(kind, Sentence, Span(first, last), strings.Intern(Text.AsSpan(Tokens[first].Start, Tokens[last].End - Tokens[first].Start)), strings.Intern(value));
}
