using CorpusDiff.Documents;

namespace CorpusDiff.Diffing;

/// <summary>
/// One run of a word diff: an operation and the words it covers, taken from the ORIGINAL texts (so punctuation,
/// case and spacing between the run's words are as the reader wrote them).
/// </summary>
/// <param name="Operation">Equal, insert or delete.</param>
/// <param name="Text">The run's original text: the target's for <see cref="DiffOperation.Insert"/>, the source's otherwise.</param>
/// <param name="SourceSpan">Where the run stands in the source's text; <see langword="null"/> for an insert.</param>
/// <param name="TargetSpan">Where the run stands in the target's text; <see langword="null"/> for a delete.</param>
/// <param name="TokenCount">Number of words (tokens) in the run.</param>
public sealed record DiffSegment(DiffOperation Operation, string Text, TextSpan? SourceSpan, TextSpan? TargetSpan, int TokenCount)
{
    /// <summary>Gets the report name of the operation (<c>equal</c>, <c>insert</c>, <c>delete</c>).</summary>
    public string OperationName => Operation switch
    {
        DiffOperation.Equal => "equal",
        DiffOperation.Insert => "insert",
        _ => "delete",
    };
}
