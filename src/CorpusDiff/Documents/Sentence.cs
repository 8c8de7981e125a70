namespace CorpusDiff.Documents;

/// <summary>
/// A sentence of a document's body, with exact offsets into the original text.
/// </summary>
/// <param name="Index">Position of the sentence in <see cref="Document.Sentences"/>.</param>
/// <param name="Start">Index of the sentence's first character in the original text.</param>
/// <param name="End">Index one past the sentence's last character in the original text.</param>
/// <param name="Text">The sentence exactly as it stands in the original text (<c>Text[Start..End]</c>).</param>
/// <param name="ParagraphIndex">The paragraph the sentence belongs to.</param>
/// <param name="FirstToken">Index of the sentence's first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public sealed record Sentence(int Index, int Start, int End, string Text, int ParagraphIndex, int FirstToken, int TokenCount)
{
    /// <summary>Gets the span of the sentence in the original text.</summary>
    public TextSpan Span => new(Start, End);
}
