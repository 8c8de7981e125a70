namespace CorpusDiff.Documents;

/// <summary>A non-blank body line while the boilerplate rules classify it.</summary>
internal sealed class BodyLine
{
    public BodyLine(int start, int end, int words, bool isHeadline, string key)
    {
        Start = start;
        End = end;
        Words = words;
        IsHeadline = isHeadline;
        Key = key;
    }

    /// <summary>Gets the index of the line's first non-blank character.</summary>
    public int Start { get; }

    /// <summary>Gets the index one past the line's last non-blank character.</summary>
    public int End { get; }

    /// <summary>Gets the number of words on the line.</summary>
    public int Words { get; }

    /// <summary>Gets whether the line is shaped like a headline (short, no terminal punctuation, one sentence).</summary>
    public bool IsHeadline { get; }

    /// <summary>Gets the line's comparison key (see <see cref="HeadlineShape.Key"/>).</summary>
    public string Key { get; }

    /// <summary>Gets or sets the boilerplate rule that matched, or <see cref="BoilerplateKinds.None"/> for body text.</summary>
    public BoilerplateKinds Kind { get; set; }
}
