using CorpusDiff.Documents;

namespace CorpusDiff.Alignment;

/// <summary>
/// Lists in a sentence (<c>economy, finance, trade, shipping and sci-tech innovation</c>): a rewrite often counts them
/// instead of repeating them (<c>five centers</c>), so a number in the target may stand for a list of that many items in
/// the source. Only comma lists closed by <c>and</c> or <c>or</c> count, with at least <see cref="MinItems"/> items and two commas.
/// </summary>
internal static class Enumerations
{
    /// <summary>The fewest items of a counted list: "A and B" is too common to stand for "two".</summary>
    public const int MinItems = 3;

    /// <summary>The most items of a counted list: a larger number ("2023 projects") counts something else.</summary>
    public const int MaxItems = 12;

    /// <summary>The fewest commas (the serial comma included) that make a run a list rather than clauses.</summary>
    private const int MinCommas = 2;

    /// <summary>The most words of an inner item: a longer run between commas is a clause, not a list item.</summary>
    private const int MaxItemWords = 4;

    /// <summary>Returns whether the sentence holds a list of exactly <paramref name="count"/> items.</summary>
    public static bool HasList(Document document, Sentence sentence, int count)
    {
        if (count < MinItems)
        {
            return false;
        }

        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        for (var c = first + 1; c < end - 1; c++)
        {
            var token = document.Tokens[c];
            if (token.Kind == TokenKind.Word && token.Text is ("and" or "or") && Separator(document, c + 1) == ' '
                && ItemsBefore(document, first, c) + 1 == count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts the comma-separated items before a closing conjunction (0 when they are no comma list).</summary>
    private static int ItemsBefore(Document document, int first, int conjunction)
    {
        var commas = 0;
        switch (Separator(document, conjunction))
        {
            case ',': commas++; break;
            case ' ': break;
            default: return 0;
        }

        var i = conjunction - 1;
        var items = 0;
        while (true)
        {
            // One item: words back to a comma (an inner item), or to anything else (the list's first item).
            var words = 1;
            while (i > first && Separator(document, i) == ' ' && words <= MaxItemWords)
            {
                i--;
                words++;
            }

            items++;
            if (words > MaxItemWords || i <= first || Separator(document, i) != ',')
            {
                break;
            }

            commas++;
            i--;
        }

        // One comma is as often a clause's ("After the vote, the council met and left") as a list's.
        return commas < MinCommas ? 0 : items;
    }

    /// <summary>
    /// The punctuation between token <paramref name="i"/> − 1 and token <paramref name="i"/> (tokens carry none): a space
    /// for none, a comma, or a period for any other mark (a quote, a colon, a bracket ends a list).
    /// </summary>
    private static char Separator(Document document, int i)
    {
        var gap = document.Text.AsSpan(document.Tokens[i - 1].End, document.Tokens[i].Start - document.Tokens[i - 1].End);
        var separator = ' ';
        foreach (var ch in gap)
        {
            if (ch == ',')
            {
                separator = ',';
            }
            else if (!char.IsWhiteSpace(ch))
            {
                return '.';
            }
        }

        return separator;
    }
}
