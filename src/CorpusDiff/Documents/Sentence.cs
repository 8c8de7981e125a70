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
    // A parsed sentence keeps a slice of its document's text rather than a copy of its own (a copy was 2 bytes per
    // source byte held for the whole of a compare): Text builds the string when asked. A sentence built with a string
    // keeps that string. The slice has its own bounds, so `with { Start = … }` changes the text no more than before.
    private readonly string? text = Text;
    private readonly ReadOnlyMemory<char> slice;
    private readonly bool sliced;

    /// <summary>Initializes a sentence whose text is a slice of its document's text (the parser's sentences).</summary>
    internal Sentence(int index, int start, int end, ReadOnlyMemory<char> slice, int paragraphIndex, int firstToken, int tokenCount)
        : this(index, start, end, (string)null!, paragraphIndex, firstToken, tokenCount)
    {
        this.slice = slice;
        sliced = true;
    }

    /// <summary>Gets the sentence exactly as it stands in the original text (<c>Text[Start..End]</c>).</summary>
    public string Text
    {
        get => sliced ? slice.ToString() : text!;
        init
        {
            text = value;
            slice = default;
            sliced = false;
        }
    }

    /// <summary>Gets the span of the sentence in the original text.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Gets the sentence's characters without building a string (what <see cref="Text"/> holds).</summary>
    internal ReadOnlySpan<char> Chars => sliced ? slice.Span : text.AsSpan();

    /// <summary>
    /// Gets whether the sentence ends as a question (a question mark before any closing quotes or brackets): what it
    /// asks, it does not state.
    /// </summary>
    internal bool IsQuestion
    {
        get
        {
            var chars = Chars.TrimEnd();
            while (chars.Length > 0 && SentenceSegmenter.IsClosing(chars[^1]))
            {
                chars = chars[..^1].TrimEnd();
            }

            return chars.Length > 0 && chars[^1] is '?' or '\uFF1F' or '\u2047' or '\u2048' or '\u2049';
        }
    }

    /// <summary>Compares every member, the text by its characters however it is held.</summary>
    /// <param name="other">The other sentence.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Sentence? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Index == other.Index && Start == other.Start && End == other.End && ParagraphIndex == other.ParagraphIndex
                && FirstToken == other.FirstToken && TokenCount == other.TokenCount
                && IsNullText == other.IsNullText && Chars.SequenceEqual(other.Chars)));

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Index, Start, End, ParagraphIndex, FirstToken, TokenCount, string.GetHashCode(Chars, StringComparison.Ordinal));

    /// <summary>Gets whether the sentence was built with a null text (possible through the public constructor); such a sentence equals only another such one.</summary>
    internal bool IsNullText => !sliced && text is null;
}
