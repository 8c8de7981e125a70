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
}
