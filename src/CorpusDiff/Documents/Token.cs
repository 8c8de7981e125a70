namespace CorpusDiff.Documents;

/// <summary>
/// One token of a document's cleaned text: its exact place in the original text and its normalized form.
/// </summary>
/// <param name="Start">Index of the token's first character in the original text.</param>
/// <param name="End">Index one past the token's last character in the original text.</param>
/// <param name="Text">
/// The normalized form used for comparison (NFKC, folded quotes and dashes, lower case; a number's digits written the
/// English way, <c>1.200.000</c> as <c>1,200,000</c>).
/// </param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    /// <summary>Gets the span of the token in the original text.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>
    /// The words (no numbers, symbols or CJK characters) of <paramref name="tokens"/> from <paramref name="from"/> to
    /// <paramref name="end"/> (exclusive), in their normalized lower case, read lazily: what the calendar reads around a
    /// weekday (<c>NewsCalendar.LooksAhead</c>), for the event days and the checker alike.
    /// </summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="from">The first index.</param>
    /// <param name="end">One past the last index.</param>
    /// <returns>The words' texts.</returns>
    internal static IEnumerable<string> Words(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                yield return tokens[i].Text;
            }
        }
    }
}
