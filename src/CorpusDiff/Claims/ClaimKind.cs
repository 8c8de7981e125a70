namespace CorpusDiff.Claims;

/// <summary>What a <see cref="Claim"/> states.</summary>
public enum ClaimKind
{
    /// <summary>A number: digits, number words, ordinals, percentages, money or a range.</summary>
    Number,

    /// <summary>A date or time: absolute, month/day, day of month, year, weekday or relative day.</summary>
    Date,

    /// <summary>A named person, organisation or place.</summary>
    Entity,

    /// <summary>A quantity or grammatical number of a noun (<c>a hospital</c>, <c>several hospitals</c>, <c>all</c>).</summary>
    Quantity,

    /// <summary>A negation cue (<c>not</c>, <c>never</c>, <c>n't</c>, <c>without</c>, <c>fail to</c>).</summary>
    Negation,

    /// <summary>Who said something: <c>X said</c>, <c>according to X</c>, <c>X told Y</c>.</summary>
    Attribution,
}
