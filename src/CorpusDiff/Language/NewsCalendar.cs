using System.Globalization;

namespace CorpusDiff.Documents;

/// <summary>Month names as news headers write them, and the year a yearless date (a dateline's <c>Dec. 5</c>) means.</summary>
internal static class NewsDates
{
    private static readonly string[] Names =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Returns the month (1–12) of a full or abbreviated English month name (<c>December</c>, <c>Dec</c>, <c>Sept</c>), or 0.</summary>
    public static int Month(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd('.');
        if (name.Length < 3)
        {
            return 0;
        }

        for (var m = 0; m < Names.Length; m++)
        {
            var full = Names[m].AsSpan();
            if (name.Equals(full, StringComparison.OrdinalIgnoreCase)
                || (name.Length == 3 && name.Equals(full[..3], StringComparison.OrdinalIgnoreCase))
                || (m == 8 && name.Equals("sept", StringComparison.OrdinalIgnoreCase)))
            {
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>Builds a date when the parts form a real calendar day.</summary>
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Parses digits with the invariant culture; <see langword="null"/> when they do not form a number.</summary>
    public static int? Number(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// Resolves a month and day against the publication date: the same year, or the year before when that would put
    /// the day more than a week after publication (a December dateline on a story published in January).
    /// </summary>
    public static DateOnly? Resolve(int month, int day, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var candidate = Create(p.Year, month, day);
        if (candidate is { } c && c.DayNumber - p.DayNumber > 7)
        {
            return Create(p.Year - 1, month, day);
        }

        return candidate;
    }
}
