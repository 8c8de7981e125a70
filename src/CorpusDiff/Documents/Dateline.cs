namespace CorpusDiff.Documents;

/// <summary>
/// A wire-story dateline such as <c>SHANGHAI/YANCHENG, Jiangsu, Dec. 5 --</c>.
/// </summary>
/// <param name="Start">Index of the dateline's first character in the original text.</param>
/// <param name="End">Index one past the dateline (including its closing dash) in the original text.</param>
/// <param name="Places">The places it names, in order (<c>SHANGHAI</c>, <c>YANCHENG</c>, <c>Jiangsu</c>).</param>
/// <param name="Date">The date it states, resolved against the published year when one is known; otherwise <see langword="null"/>.</param>
public sealed record Dateline(int Start, int End, IReadOnlyList<string> Places, DateOnly? Date)
{
    /// <summary>Gets the span of the dateline in the original text.</summary>
    public TextSpan Span => new(Start, End);
}
