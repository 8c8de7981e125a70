namespace CorpusDiff.Documents;

/// <summary>
/// Receives the tokens <see cref="Tokenizer"/> finds, as places in the text: the document model makes a
/// <see cref="Token"/> of each, deduplication only hashes its normalized characters. One tokenizer serves both, so both
/// read the same tokens.
/// </summary>
internal interface ITokenSink
{
    /// <summary>A token whose text is the normalized form of <c>text[start..end)</c>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Index of the token's first character.</param>
    /// <param name="end">Index one past its last character.</param>
    /// <param name="kind">What the token is made of.</param>
    void Add(string text, int start, int end, TokenKind kind);

    /// <summary>A token whose text is <c>text[start..end)</c> as written (a Han character beyond the Basic Multilingual Plane).</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Index of the token's first character.</param>
    /// <param name="end">Index one past its last character.</param>
    /// <param name="kind">What the token is made of.</param>
    void AddVerbatim(string text, int start, int end, TokenKind kind);

    /// <summary>
    /// A word and its detached clitic (<c>do n't</c>): one word token spanning both, whose text is the normalized word
    /// followed by the normalized clitic.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Index of the word's first character.</param>
    /// <param name="wordEnd">Index one past the word's last character.</param>
    /// <param name="cliticStart">Index of the clitic's first character.</param>
    /// <param name="end">Index one past the clitic's last character.</param>
    void AddJoined(string text, int start, int wordEnd, int cliticStart, int end);
}
