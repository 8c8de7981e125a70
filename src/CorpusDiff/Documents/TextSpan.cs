namespace CorpusDiff.Documents;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code-unit indices into a document's original text.
/// </summary>
/// <param name="Start">Index of the first character of the span.</param>
/// <param name="End">Index one past the last character of the span.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Gets the number of UTF-16 code units the span covers.</summary>
    public int Length => End - Start;

    /// <summary>Returns the slice of <paramref name="text"/> the span covers.</summary>
    /// <param name="text">The original text the span indexes into.</param>
    /// <returns>The covered characters.</returns>
    public ReadOnlySpan<char> Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, End - Start);
    }
}
