namespace CorpusDiff.Documents;

/// <summary>
/// A paragraph of a document's body: a run of text between blank lines or single line breaks.
/// </summary>
/// <param name="Index">Position of the paragraph in <see cref="Document.Paragraphs"/>.</param>
/// <param name="Start">Index of the paragraph's first character in the original text.</param>
/// <param name="End">Index one past the paragraph's last character in the original text.</param>
/// <param name="FirstSentence">Index of the paragraph's first sentence in <see cref="Document.Sentences"/>.</param>
/// <param name="SentenceCount">Number of sentences in the paragraph.</param>
public sealed record Paragraph(int Index, int Start, int End, int FirstSentence, int SentenceCount)
{
    /// <summary>Gets the span of the paragraph in the original text.</summary>
    public TextSpan Span => new(Start, End);
}
