namespace CorpusDiff.Claims;

/// <summary>How precisely a date claim pins down a day.</summary>
public enum DatePrecision
{
    /// <summary>Not a date claim.</summary>
    None,

    /// <summary>A calendar day (<c>Nov. 28</c>, a weekday resolved against the published date, <c>yesterday</c>).</summary>
    Day,

    /// <summary>A weekday name that could not be resolved because the document has no published date.</summary>
    Weekday,

    /// <summary>A day of the month without its month (<c>the 30th</c>) and no published date to resolve it.</summary>
    DayOfMonth,

    /// <summary>A week (<c>last week</c>), stored as its first day.</summary>
    Week,

    /// <summary>A month (<c>in October</c>, <c>November 2018</c>), stored as its first day.</summary>
    Month,

    /// <summary>A year (<c>in 2019</c>), stored as January 1.</summary>
    Year,
}
