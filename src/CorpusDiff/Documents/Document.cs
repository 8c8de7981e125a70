namespace CorpusDiff.Documents;

/// <summary>
/// An immutable news report: its header fields, its original text, and its cleaned body as paragraphs,
/// sentences and tokens that all point into the original text with exact UTF-16 offsets.
/// </summary>
/// <remarks>Create documents with <see cref="DocumentParser"/> or the <see cref="Corpus"/> facade. Instances are thread-safe.</remarks>
public sealed class Document
{
    internal Document(
        string id,
        string? path,
        string text,
        string? title,
        TextSpan? titleSpan,
        string? outlet,
        DateOnly? published,
        Dateline? dateline,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<RemovedSpan> removed)
    {
        Id = id;
        Path = path;
        Text = text;
        Title = title;
        TitleSpan = titleSpan;
        Outlet = outlet;
        Published = published;
        Dateline = dateline;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        Removed = removed;
    }

    /// <summary>Gets the document's identifier (the file name by default).</summary>
    public string Id { get; }

    /// <summary>Gets the path the document was read from, or <see langword="null"/> when it was parsed from a string or stream.</summary>
    public string? Path { get; }

    /// <summary>Gets the original text, exactly as decoded (line breaks included). It is never altered.</summary>
    public string Text { get; }

    /// <summary>Gets the headline when the file states one; otherwise <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets where the headline stands in <see cref="Text"/>, or <see langword="null"/>.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>Gets the outlet named by an <c>Updated: … Outlet</c> line, or <see langword="null"/>.</summary>
    public string? Outlet { get; }

    /// <summary>Gets the publication date stated by the file, or <see langword="null"/>.</summary>
    public DateOnly? Published { get; }

    /// <summary>Gets the wire dateline, or <see langword="null"/>.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Gets the body's paragraphs in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Gets the body's sentences in order (headers and removed boilerplate excluded).</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Gets the body's tokens in order; each sentence owns a contiguous run of them.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Gets the boilerplate spans removed from the body, in text order.</summary>
    public IReadOnlyList<RemovedSpan> Removed { get; }

    /// <summary>Returns the tokens of one sentence.</summary>
    /// <param name="sentence">A sentence of this document.</param>
    /// <returns>The sentence's tokens, in order.</returns>
    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            yield return Tokens[i];
        }
    }

    /// <summary>Finds the sentence holding a text offset.</summary>
    /// <param name="offset">An offset into <see cref="Text"/>.</param>
    /// <returns>The sentence's index, or <see langword="null"/> when the offset lies between or outside sentences.</returns>
    internal int? SentenceAt(int offset) => Search(offset, out var inside) is var index && inside ? index : null;

    /// <summary>Finds the sentence holding a text offset, else the first after it (the last sentence past the end; 0 when there are none).</summary>
    /// <param name="offset">An offset into <see cref="Text"/>.</param>
    /// <returns>A sentence index.</returns>
    internal int SentenceAtOrAfter(int offset) => Math.Clamp(Search(offset, out _), 0, Math.Max(0, Sentences.Count - 1));

    // Sentences are ordered and disjoint: a binary search for the one holding the offset, else the insertion point.
    private int Search(int offset, out bool inside)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (Sentences[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                inside = true;
                return mid;
            }
        }

        inside = false;
        return lo;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Sentences.Count} sentences)";
}
