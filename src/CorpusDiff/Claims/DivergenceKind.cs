namespace CorpusDiff.Claims;

/// <summary>How a target report's claim diverges from its source.</summary>
/// <remarks>
/// Every kind but <see cref="Unsupported"/> is a contradiction between two claims of one <see cref="ClaimKind"/>
/// and carries that kind's value, so a claim's kind converts by cast.
/// </remarks>
public enum DivergenceKind
{
    /// <summary>A number differs (digits, number words, ordinals, percentages, money, ranges).</summary>
    Number = ClaimKind.Number,

    /// <summary>A date or time differs (absolute, month/day, weekday resolved against the published date, relative).</summary>
    Date = ClaimKind.Date,

    /// <summary>A named person, organisation or place differs, or appears in another form.</summary>
    Entity = ClaimKind.Entity,

    /// <summary>A quantity or grammatical number differs (<c>one hospital</c> vs <c>hospitals</c>, <c>several</c>, <c>all</c>).</summary>
    Quantity = ClaimKind.Quantity,

    /// <summary>One side negates what the other affirms.</summary>
    Negation = ClaimKind.Negation,

    /// <summary>A statement or quote is given to another speaker or source.</summary>
    Attribution = ClaimKind.Attribution,

    /// <summary>A checkable claim the source nowhere supports.</summary>
    Unsupported,
}
