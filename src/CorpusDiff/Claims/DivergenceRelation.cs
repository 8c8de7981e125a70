namespace CorpusDiff.Claims;

/// <summary>How a divergent claim stands to the source: it says otherwise, or it says more.</summary>
public enum DivergenceRelation
{
    /// <summary>
    /// The target sentence is aligned to source sentences that state a different value (a number, date, name, quantity,
    /// negation or speaker). Reported before every addition.
    /// </summary>
    Contradicts,

    /// <summary>The target states something the source does not state at all (background, new numbers, dates or names).</summary>
    Adds,
}
