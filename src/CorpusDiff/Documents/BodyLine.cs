namespace CorpusDiff.Documents;

/// <summary>A non-blank body line while the boilerplate rules classify it.</summary>
internal sealed class BodyLine(int start, int end, int words, bool isHeadline, string key)
{
    /// <summary>Gets the index of the line's first non-blank character.</summary>
    public int Start { get; } = start;

    /// <summary>Gets the index one past the line's last non-blank character.</summary>
    public int End { get; } = end;

    /// <summary>Gets the number of words on the line.</summary>
    public int Words { get; } = words;

    /// <summary>Gets whether the line is shaped like a headline (short, no terminal punctuation, one sentence).</summary>
    public bool IsHeadline { get; } = isHeadline;

    /// <summary>Gets the line's comparison key (see <see cref="HeadlineShape.Key"/>).</summary>
    public string Key { get; } = key;

    /// <summary>Gets or sets the boilerplate rule that matched, or <see cref="BoilerplateKinds.None"/> for body text.</summary>
    public BoilerplateKinds Kind { get; set; }
}
