using CorpusDiff.Documents;
using CorpusDiff.Language;

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
    // A long source has a few claims in every sentence, held while it is checked: the optional values are kept as a
    // plain value and a bit of `present` (ClaimValueFlags) instead of four nullable fields with their padding (112 bytes
    // a claim instead of 128). An absent value is stored as its default, so the record's field-wise equality is that of
    // the properties.
    private readonly double number;
    private readonly double numberTo;
    private readonly DateOnly date;
    private readonly DayOfWeek weekday;
    private readonly ClaimValueFlags present;

    /// <summary>Gets the numeric value of a number claim (the lower bound of a range), or of a quantity with a count.</summary>
    public double? Number
    {
        get => (present & ClaimValueFlags.Number) != 0 ? number : null;
        init => present = Set(ClaimValueFlags.Number, value.HasValue, ref number, value.GetValueOrDefault());
    }

    /// <summary>Gets the upper bound of a range, or <see langword="null"/>.</summary>
    public double? NumberTo
    {
        get => (present & ClaimValueFlags.NumberTo) != 0 ? numberTo : null;
        init => present = Set(ClaimValueFlags.NumberTo, value.HasValue, ref numberTo, value.GetValueOrDefault());
    }

    /// <summary>Gets the unit of a number (<c>%</c>, <c>$</c>, <c>ordinal</c>, <c>year</c>) or the noun a quantity counts (singular), or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the resolved date of a date claim, or <see langword="null"/>.</summary>
    public DateOnly? Date
    {
        get => (present & ClaimValueFlags.Date) != 0 ? date : null;
        init => present = Set(ClaimValueFlags.Date, value.HasValue, ref date, value.GetValueOrDefault());
    }

    /// <summary>Gets how precise <see cref="Date"/> is.</summary>
    public DatePrecision Precision { get; init; }

    /// <summary>Gets the weekday a date claim names or implies, or <see langword="null"/>.</summary>
    public DayOfWeek? Weekday
    {
        get => (present & ClaimValueFlags.Weekday) != 0 ? weekday : null;
        init => present = Set(ClaimValueFlags.Weekday, value.HasValue, ref weekday, value.GetValueOrDefault());
    }

    /// <summary>
    /// Gets whether a date claim is a weekday named alone (<c>on Sunday</c>, <c>Sunday's</c>), as the extractor read it:
    /// the checker describes it by the day it resolves to and lets it mean the next such day as well as the last.
    /// </summary>
    internal bool IsBareWeekday
    {
        get => (present & ClaimValueFlags.BareWeekday) != 0;
        init => present = value ? present | ClaimValueFlags.BareWeekday : present & ~ClaimValueFlags.BareWeekday;
    }

    /// <summary>
    /// Gets whether a weekday named alone is a day ahead in its clause (<c>will meet on Thursday</c>,
    /// <see cref="NewsCalendar.LooksAhead"/>) and so shown a week after <see cref="Date"/>, which stays the day matching
    /// starts from (<see cref="NewsCalendar.SameDay"/> lets a bare weekday mean either).
    /// </summary>
    internal bool ShownAWeekLater
    {
        get => (present & ClaimValueFlags.WeekLater) != 0;
        init => present = value ? present | ClaimValueFlags.WeekLater : present & ~ClaimValueFlags.WeekLater;
    }

    /// <summary>Gets the month (1–12) of a month/day claim whose year is unknown, or 0.</summary>
    public int Month { get; init; }

    /// <summary>Gets the day of month of a date claim whose month or year is unknown, or 0.</summary>
    public int Day { get; init; }

    /// <summary>Gets the class of an entity claim.</summary>
    public EntityType EntityType { get; init; }

    /// <summary>Gets the canonical lower-case words of an entity or speaker, titles and a leading <c>the</c> removed.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Stores an optional value (its default when absent) and returns the flags with its bit set or cleared.</summary>
    private ClaimValueFlags Set<T>(ClaimValueFlags flag, bool has, ref T field, T value)
    {
        field = value;
        return has ? present | flag : present & ~flag;
    }
}
