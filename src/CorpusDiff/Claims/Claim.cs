using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>One checkable part of a sentence, with its normalized value and where it stands in the original text.</summary>
/// <param name="Kind">What the claim states.</param>
/// <param name="Sentence">Index of the sentence in <see cref="Document.Sentences"/>.</param>
/// <param name="Span">The claim's words in the document's original text.</param>
/// <param name="Text">The claim's words as written.</param>
/// <param name="Value">
/// The normalized value: a number in invariant form (<c>3200000000</c>, <c>45%</c>, <c>12-15</c>), an ISO date
/// (<c>2023-11-28</c>) or weekday name, an entity's canonical lower-case name, <c>1 institution</c> /
/// <c>plural institution</c> for quantities, the negation cue, or the speaker's canonical name.
/// </param>
public sealed record Claim(ClaimKind Kind, int Sentence, TextSpan Span, string Text, string Value)
{
    /// <summary>Gets the numeric value of a number claim (the lower bound of a range), or of a quantity with a count.</summary>
    public double? Number { get; init; }

    /// <summary>Gets the upper bound of a range, or <see langword="null"/>.</summary>
    public double? NumberTo { get; init; }

    /// <summary>Gets the unit of a number (<c>%</c>, <c>$</c>, <c>ordinal</c>, <c>year</c>) or the noun a quantity counts (singular), or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the resolved date of a date claim, or <see langword="null"/>.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Gets how precise <see cref="Date"/> is.</summary>
    public DatePrecision Precision { get; init; }

    /// <summary>Gets the weekday a date claim names or implies, or <see langword="null"/>.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>Gets the month (1–12) of a month/day claim whose year is unknown, or 0.</summary>
    public int Month { get; init; }

    /// <summary>Gets the day of month of a date claim whose month or year is unknown, or 0.</summary>
    public int Day { get; init; }

    /// <summary>Gets the class of an entity claim.</summary>
    public EntityType EntityType { get; init; }

    /// <summary>Gets the canonical lower-case words of an entity or speaker, titles and a leading <c>the</c> removed.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
}
