using CorpusDiff.Documents;

namespace CorpusDiff.Diffing;

/// <summary>
/// One run of a word diff: an operation and the words it covers, taken from the ORIGINAL texts (so punctuation,
/// case and spacing are as the reader wrote them). Runs keep every character: each word carries the punctuation and
/// spacing after it, and punctuation that differs between equal words is a run of its own (no words, only marks).
/// </summary>
/// <param name="Operation">Equal, insert or delete.</param>
/// <param name="Text">The run's original text: the target's for <see cref="DiffOperation.Insert"/>, the source's otherwise.</param>
/// <param name="SourceSpan">Where the run stands in the source's text; <see langword="null"/> for an insert.</param>
/// <param name="TargetSpan">Where the run stands in the target's text; <see langword="null"/> for a delete.</param>
/// <param name="TokenCount">Number of words (tokens) in the run.</param>
public sealed record DiffSegment(DiffOperation Operation, string Text, TextSpan? SourceSpan, TextSpan? TargetSpan, int TokenCount)
{
    private readonly string? targetText;

    /// <summary>
    /// Gets the run's original text in the target: for an equal run the target's own words (same words as
    /// <see cref="Text"/>, perhaps other case or spacing), for an insert <see cref="Text"/>, for a delete the empty string.
    /// The equal and insert runs' target texts, joined in order, give the target's diffed text exactly, as the equal and
    /// delete runs' <see cref="Text"/> give the source's.
    /// </summary>
    public string TargetText
    {
        get => targetText ?? (Operation == DiffOperation.Delete ? string.Empty : Text);
        init => targetText = value;
    }

    /// <summary>Gets the report name of the operation (<c>equal</c>, <c>insert</c>, <c>delete</c>).</summary>
    public string OperationName => Operation switch
    {
        DiffOperation.Equal => "equal",
        DiffOperation.Insert => "insert",
        _ => "delete",
    };
}
