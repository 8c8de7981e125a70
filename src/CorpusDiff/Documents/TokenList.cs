namespace CorpusDiff.Documents;

/// <summary>The document model's token sink: a <see cref="Token"/> per token, its text shared through a <see cref="WordPool"/> when one is given.</summary>
/// <param name="into">The list the tokens are appended to.</param>
/// <param name="pool">The pool of token texts, or <see langword="null"/> for a string per token.</param>
internal readonly struct TokenList(List<Token> into, WordPool? pool) : ITokenSink
{
    /// <inheritdoc/>
    public void Add(string text, int start, int end, TokenKind kind) =>
        into.Add(new Token(start, end, TextNormalizer.Normalize(text.AsSpan(start, end - start), pool), kind));

    /// <inheritdoc/>
    public void AddVerbatim(string text, int start, int end, TokenKind kind) =>
        into.Add(new Token(start, end, pool?.Intern(text.AsSpan(start, end - start)) ?? text.Substring(start, end - start), kind));

    /// <inheritdoc/>
    public void AddJoined(string text, int start, int wordEnd, int cliticStart, int end)
    {
        var joined = TextNormalizer.Normalize(text.AsSpan(start, wordEnd - start)) + TextNormalizer.Normalize(text.AsSpan(cliticStart, end - cliticStart));
        into.Add(new Token(start, end, pool?.Intern(joined) ?? joined, TokenKind.Word));
    }
}
