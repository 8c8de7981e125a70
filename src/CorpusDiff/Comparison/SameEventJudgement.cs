namespace CorpusDiff.Comparison;

/// <summary>The same-event verdict and the evidence it rests on, so a reader can check the call.</summary>
/// <param name="Verdict">Yes, partial or no.</param>
/// <param name="StrongSupport">Share of the target's words in sentences the source supports well (verbatim, near-verbatim or paraphrase), in [0, 1].</param>
/// <param name="StrongSentences">Number of target sentences the source supports well.</param>
/// <param name="DatesCompatible">Whether the target's dates fall within the source's event window; <see langword="null"/> when either side states none.</param>
/// <param name="ActorsOverlap">Whether the reports' speakers overlap; <see langword="null"/> when either side names none, or when they differ but the source names every speaker of the target's (the same story's cast, quoted differently).</param>
/// <param name="Reasons">Plain-language reasons, most decisive first.</param>
public sealed record SameEventJudgement(
    SameEvent Verdict,
    double StrongSupport,
    int StrongSentences,
    bool? DatesCompatible,
    bool? ActorsOverlap,
    IReadOnlyList<string> Reasons)
{
    /// <summary>Gets the report name of the verdict (<c>yes</c>, <c>partial</c>, <c>no</c>).</summary>
    public string VerdictName => NameOf(Verdict);

    /// <summary>Gets the report name of a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns><c>yes</c>, <c>partial</c> or <c>no</c>.</returns>
    public static string NameOf(SameEvent verdict) => verdict switch
    {
        SameEvent.Yes => "yes",
        SameEvent.Partial => "partial",
        SameEvent.No => "no",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };
}
