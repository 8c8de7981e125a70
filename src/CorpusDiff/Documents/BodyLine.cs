namespace CorpusDiff.Documents;

/// <summary>A non-blank body line while the boilerplate rules classify it.</summary>
/// <remarks>The comparison key is made on first use: only documents with a headline-shaped body line compare keys, and
/// making one for every line was a large share of parsing an ordinary document.</remarks>
internal sealed class BodyLine(string text, int start, int end, int words, bool isHeadline)
{
    /// <summary>Keys serve prefix matching against short headline lines, so the start of a long paragraph is enough.</summary>
    private const int MaxKeySource = 400;

    private string? key;

    /// <summary>Gets the index of the line's first non-blank character.</summary>
    public int Start { get; } = start;

    /// <summary>Gets the index one past the line's last non-blank character.</summary>
    public int End { get; } = end;

    /// <summary>Gets the number of words on the line when it may be a headline; 0 for a line too long to be one (see <see cref="HeadlineShape.IsHeadline"/>).</summary>
    public int Words { get; } = words;

    /// <summary>Gets whether the line is shaped like a headline (short, no terminal punctuation, one sentence).</summary>
    public bool IsHeadline { get; } = isHeadline;

    /// <summary>Gets the line's comparison key (see <see cref="HeadlineShape.Key"/>).</summary>
    public string Key => key ??= HeadlineShape.Key(text.AsSpan(Start, Math.Min(End - Start, MaxKeySource)));

    /// <summary>Gets or sets the boilerplate rule that matched, or <see cref="BoilerplateKinds.None"/> for body text.</summary>
    public BoilerplateKinds Kind { get; set; }
}
