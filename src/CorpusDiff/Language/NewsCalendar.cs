using System.Globalization;

namespace CorpusDiff.Language;

/// <summary>
/// The one policy for the dates a news text states without a year or relative to its publication: month-days
/// (<c>Dec. 28</c>), weekdays (<c>on Tuesday</c>), days of the month (<c>the 30th</c>), <c>yesterday</c> /
/// <c>today</c> / <c>tomorrow</c> and <c>last week</c>, each resolved against the publication date. The document
/// model (datelines), the event signals and the claim extractor all resolve through it, so the same words mean the
/// same day everywhere.
/// </summary>
/// <remarks>
/// Reports look back, and previews look ahead a little: a month-day is its latest occurrence at most
/// <see cref="LookAheadDays"/> days after publication. Published 2024-01-03, <c>Dec. 28</c> is 2023-12-28;
/// published 2023-12-28, <c>Jan. 3</c> is 2024-01-03; published 2023-11-10, <c>Nov. 20</c> is 2023-11-20. A month
/// named alone is resolved the same way by its first day. Weekdays
/// and days of the month never look ahead (see docs/document-model.md, "Dates without a year").
/// </remarks>
internal static class NewsCalendar
{
    /// <summary>
    /// How far after publication a yearless month-day may fall. Two months covers announced events (a summit "on
    /// Jan. 15" in a story of late November) while a day just past in the previous year (a <c>Dec. 28</c> dateline on
    /// a January story) still resolves backwards.
    /// </summary>
    public const int LookAheadDays = 60;

    /// <summary>Returns the month (1–12) of a full or abbreviated English month name (<c>December</c>, <c>Dec.</c>, <c>Sept</c>), or 0.</summary>
    public static int Month(ReadOnlySpan<char> name) => English.Month(name.TrimEnd('.'));

    /// <summary>Builds a date when the parts form a real calendar day.</summary>
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Parses digits with the invariant culture; <see langword="null"/> when they do not form a number.</summary>
    public static int? Number(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// Resolves a month and day without a year: the latest such day at most <see cref="LookAheadDays"/> days after
    /// publication; <see langword="null"/> without a publication date or when no such day exists (Feb. 29).
    /// </summary>
    public static DateOnly? MonthDay(int month, int day, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        for (var year = p.Year + 1; year >= p.Year - 1; year--)
        {
            if (Create(year, month, day) is { } date && date.DayNumber - p.DayNumber <= LookAheadDays)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Returns the most recent <paramref name="weekday"/> on or before <paramref name="published"/> ("on Tuesday").</summary>
    public static DateOnly Weekday(DayOfWeek weekday, DateOnly published) =>
        published.AddDays(-(((int)published.DayOfWeek - (int)weekday + 7) % 7));

    /// <summary>
    /// Resolves "the 30th": that day of the publication month when it is not after publication, else of the month
    /// before; <see langword="null"/> when that month has no such day.
    /// </summary>
    public static DateOnly? DayOfMonth(int day, DateOnly published)
    {
        var anchor = day <= published.Day ? published : published.AddMonths(-1);
        return Create(anchor.Year, anchor.Month, day);
    }

    /// <summary>Resolves <c>yesterday</c>, <c>today</c> and <c>tomorrow</c> (lower case); <see langword="null"/> for any other word.</summary>
    public static DateOnly? Relative(string word, DateOnly published) => word switch
    {
        "yesterday" => published.AddDays(-1),
        "today" => published,
        "tomorrow" => published.AddDays(1),
        _ => null,
    };

    /// <summary>
    /// Whether two resolved days may be the one day two reports mean. A weekday named alone resolves to the latest such
    /// day (<see cref="Weekday"/>), as reports look back, but a forecast or a preview means the next one (<c>expect … on
    /// Sunday</c> in a Saturday paper is tomorrow), so a bare weekday also stands for the day a week after it. Tense
    /// does not decide it: a rewrite that drops the source's <c>will</c> would then read the same words as another day.
    /// </summary>
    public static bool SameDay(DateOnly first, bool firstIsBareWeekday, DateOnly second, bool secondIsBareWeekday) =>
        first == second || (firstIsBareWeekday && first.AddDays(7) == second) || (secondIsBareWeekday && second.AddDays(7) == first);

    /// <summary>The most words a fronted phrase has before its weekday (<c>until</c>, <c>from early</c>).</summary>
    private const int FrontedWords = 2;

    /// <summary>
    /// Whether a weekday named alone, after <paramref name="before"/> (the lower-case words before it in its sentence),
    /// means a day ahead of publication: a modal or a verb of plan stands in its clause (<see cref="English.FutureMarkers"/>:
    /// <c>could be cut off until Thursday</c>), it follows <c>next</c>, or <c>until</c> or <c>from</c> leads to it in a
    /// sentence not in the past (<c>remains in place until 9am on Monday</c>). <c>since</c> and <c>last</c> look back.
    /// What a reader is shown; matching takes both readings (<see cref="SameDay"/>).
    /// </summary>
    /// <param name="before">The lower-case words before the weekday in its sentence.</param>
    /// <param name="after">
    /// The lower-case words after it, read only when the weekday's phrase opens the sentence: a fronted phrase takes the
    /// tense of the clause that follows it (<c>Until Thursday, all ten launches had succeeded</c>).
    /// </param>
    public static bool LooksAhead(IReadOnlyList<string> before, IEnumerable<string>? after = null)
    {
        switch (before.Count > 0 ? before[^1] : null)
        {
            case "next":
                return true;
            case "since" or "last":
                return false;
        }

        bool future = false, past = false;
        foreach (var word in before)
        {
            // A later clause (after, when, because) or a past form starts again: "will stay shut … after the roof fell on Monday".
            if (IsPastForm(word) || IsPastSaying(word))
            {
                (past, future) = (true, false);
            }
            else if (word is "after" or "when" or "because" or "following" or "while" or "since")
            {
                future = false;
            }
            else
            {
                future |= English.FutureMarkers.Contains(word);
            }
        }

        var led = false;
        for (var i = Math.Max(0, before.Count - 3); i < before.Count; i++)
        {
            led |= before[i] is "until" or "till" or "from";
        }

        if (led && !future && before.Count <= FrontedWords && after is not null)
        {
            past |= after.Any(IsPastForm);
        }

        return future || (led && !past);
    }

    /// <summary>
    /// Whether a word is a verb of saying in the past (<c>said</c>, <c>told</c>, <c>announced</c>), which opens the
    /// reporting clause before a weekday: <c>38,000 chickens will be culled, the department said on Sunday</c> is last
    /// Sunday. Only words before the weekday count: after it, the reporting clause dates nothing (<c>is shut until
    /// Friday, the council said</c>).
    /// </summary>
    private static bool IsPastSaying(string word) =>
        English.SpeechVerbs.Contains(word) && (word is "said" or "told" or "wrote" || word.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>Whether a word puts its clause in the past for <see cref="LooksAhead"/> (<c>was</c>, <c>were</c>, <c>had</c>).</summary>
    private static bool IsPastForm(string word) => word is "was" or "were" or "had";

    /// <summary>
    /// Returns the day ahead that a bare weekday resolved by <see cref="Weekday"/> means when it
    /// <see cref="LooksAhead"/>: the publication day itself (<c>by Tuesday night</c> in a Tuesday paper), else a week later.
    /// </summary>
    public static DateOnly Ahead(DateOnly weekday, DateOnly published) => weekday == published ? weekday : weekday.AddDays(7);

    /// <summary>Returns the Monday that starts the week before the publication week ("last week").</summary>
    public static DateOnly LastWeek(DateOnly published) => published.AddDays(-((int)published.DayOfWeek + 6) % 7 - 7);

    /// <summary>
    /// Resolves a month named alone (<c>in March</c>) as a month-day is resolved: the latest such month that begins at
    /// most <see cref="LookAheadDays"/> days after publication. A November story's <c>more strikes could follow in
    /// December</c> is the coming December, as its <c>the week of December 7</c> is; a month further ahead is last year's.
    /// </summary>
    public static DateOnly MonthAlone(int month, DateOnly published) =>
        MonthDay(month, 1, published) ?? throw new ArgumentOutOfRangeException(nameof(month), month, "not a month");
}
