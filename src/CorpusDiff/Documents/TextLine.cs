namespace CorpusDiff.Documents;

/// <summary>
/// One line of a text: where it starts and ends (line break excluded), and where its content starts and ends once
/// surrounding whitespace is trimmed. A blank line has <see cref="ContentStart"/> equal to <see cref="ContentEnd"/>.
/// </summary>
/// <param name="Start">Index of the line's first character.</param>
/// <param name="End">Index one past the line's last character, before its line break.</param>
/// <param name="ContentStart">Index of the first non-blank character.</param>
/// <param name="ContentEnd">Index one past the last non-blank character.</param>
internal readonly record struct TextLine(int Start, int End, int ContentStart, int ContentEnd)
{
    /// <summary>Gets whether the line holds nothing but whitespace.</summary>
    public bool IsBlank => ContentEnd <= ContentStart;

    /// <summary>Gets the trimmed content's span.</summary>
    public TextSpan Content => new(ContentStart, ContentEnd);
}
