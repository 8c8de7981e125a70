using System.Globalization;
using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Claims;

/// <summary>Dates: month/day, day/month, the Nth, years, weekdays and relative days resolved against the published date.</summary>
public sealed partial class ClaimExtractor
{
    private static void ExtractDates(SentenceContext c, bool[] used, List<Claim> claims)
    {
        for (var i = 0; i < c.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var word = c.Word(i);
            if (Lexicon.Months.TryGetValue(word, out var month) && IsMonthWord(c, i))
            {
                // Month day[, year] | month year | month alone after in/last/next/this/early/late.
                if (DayNumber(c, i + 1, out var day, out var dayLast))
                {
                    if (ListedDay(c, dayLast + 1, monthAfter: false, out var next, out var nextFirst, out var nextLast))
                    {
                        // "October 19 and 20[, 2026]": both days, in the year written after the second.
                        int? listYear = YearNumber(c, nextLast + 1, out var y) ? y : null;
                        claims.Add(DayClaim(c, i, dayLast, month, day, listYear));
                        AddMonthDay(c, used, claims, nextFirst, nextLast, month, next);
                        Mark(used, i, dayLast);
                        continue;
                    }

                    AddMonthDay(c, used, claims, i, dayLast, month, day);
                    continue;
                }

                if (YearNumber(c, i + 1, out var year2))
                {
                    claims.Add(c.Claim(ClaimKind.Date, i, i + 1, $"{year2:D4}-{month:D2}") with
                    {
                        Date = new DateOnly(year2, month, 1), Precision = DatePrecision.Month, Month = month,
                    });
                    Mark(used, i, i + 1);
                    continue;
                }

                if (English.MonthAloneLeads.Contains(c.Word(i - 1)))
                {
                    var resolved = c.Published is { } p ? NewsCalendar.MonthAlone(month, p) : (DateOnly?)null;
                    claims.Add(c.Claim(ClaimKind.Date, i, i, resolved is { } r ? r.ToString("yyyy-MM", CultureInfo.InvariantCulture) : MonthName(month)) with
                    {
                        Date = resolved, Precision = DatePrecision.Month, Month = month,
                    });
                    used[i] = true;
                }

                continue;
            }

            // Chinese dates: "3月5日", "2023年".
            if (c.Tokens[i].Kind == TokenKind.Number && c.Word(i + 1) == "月" && DayNumber(c, i + 2, out var zhDay, out _) && c.Word(i + 3) == "日"
                && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var zhMonth) && zhMonth is >= 1 and <= 12)
            {
                claims.Add(DayClaim(c, i, i + 3, zhMonth, zhDay, null));
                Mark(used, i, i + 3);
                i += 3;
                continue;
            }

            // ISO dates: "2023-12-04".
            if (IsoDate(c, i, out var iso, out var isoLast))
            {
                claims.Add(c.Claim(ClaimKind.Date, i, isoLast, Iso(iso)) with
                {
                    Date = iso, Precision = DatePrecision.Day, Month = iso.Month, Day = iso.Day, Weekday = iso.DayOfWeek,
                });
                Mark(used, i, isoLast);
                i = isoLast;
                continue;
            }

            // Two days of one month: "19 and 20 October [2026]".
            if (DayNumber(c, i, out var firstDay, out var firstLast)
                && ListedDay(c, firstLast + 1, monthAfter: true, out var secondDay, out var secondFirst, out var secondLast)
                && Lexicon.Months.TryGetValue(c.Word(secondLast + 1), out var listMonth))
            {
                int? listYear = YearNumber(c, secondLast + 2, out var y) ? y : null;
                claims.Add(DayClaim(c, i, firstLast, listMonth, firstDay, listYear));
                AddMonthDay(c, used, claims, secondFirst, secondLast + 1, listMonth, secondDay);
                Mark(used, i, firstLast);
                continue;
            }

            // Day month [year]: "28 November 2023".
            if (DayNumber(c, i, out var day2, out var dayLast2) && dayLast2 + 1 < c.Count
                && Lexicon.Months.TryGetValue(c.Word(dayLast2 + 1), out var month2) && IsMonthWord(c, dayLast2 + 1))
            {
                AddMonthDay(c, used, claims, i, dayLast2 + 1, month2, day2);
                continue;
            }

            // "the 30th": a day of the current (or previous) month.
            if (word == "the" && DayNumber(c, i + 1, out var day3, out var dayLast3) && HasOrdinalSuffix(c, i + 1, dayLast3) && !IsCenturyWord(c.Word(dayLast3 + 1))
                && (dayLast3 + 1 >= c.Count || !c.JoinedBySpace(dayLast3) || c.Word(dayLast3 + 1) is "of" or "and" or "at" or "in" or "on" or "when" or "to"))
            {
                var resolved = c.Published is { } p ? NewsCalendar.DayOfMonth(day3, p) : null;

                claims.Add(c.Claim(ClaimKind.Date, i + 1, dayLast3, resolved is { } r ? Iso(r) : $"day {day3}") with
                {
                    Date = resolved, Precision = resolved is null ? DatePrecision.DayOfMonth : DatePrecision.Day,
                    Day = day3, Weekday = resolved?.DayOfWeek,
                });
                Mark(used, i + 1, dayLast3);
                continue;
            }

            // "Sunday's derby" dates the derby as "on Sunday" does.
            if (Lexicon.Weekdays.TryGetValue(NameGazetteer.Canonical(word), out var weekday) && (c.IsCapitalized(i) || c.Caseless))
            {
                var resolved = c.Published is { } p ? NewsCalendar.Weekday(weekday, p) : (DateOnly?)null;
                claims.Add(c.Claim(ClaimKind.Date, i, i, resolved is { } r ? Iso(r) : weekday.ToString().ToLowerInvariant()) with
                {
                    Date = resolved, Precision = resolved is null ? DatePrecision.Weekday : DatePrecision.Day, Weekday = weekday,
                    IsBareWeekday = true,
                    ShownAWeekLater = resolved is { } day && NewsCalendar.Ahead(day, c.Published!.Value) != day && LooksAhead(c, i),
                });
                used[i] = true;
                continue;
            }

            if (c.Published is { } published && NewsCalendar.Relative(NameGazetteer.Canonical(word), published) is { } date)
            {
                claims.Add(c.Claim(ClaimKind.Date, i, i, Iso(date)) with { Date = date, Precision = DatePrecision.Day, Weekday = date.DayOfWeek });
                used[i] = true;
                continue;
            }

            if (word == "last" && c.Word(i + 1) == "week" && c.Published is { } pub)
            {
                var start = NewsCalendar.LastWeek(pub);
                claims.Add(c.Claim(ClaimKind.Date, i, i + 1, $"week of {Iso(start)}") with { Date = start, Precision = DatePrecision.Week });
                Mark(used, i, i + 1);
                continue;
            }

            // "two years ago" in a 2026 paper is 2024, and "three days ago" a day, as the source's "in 2024" or date says.
            if (c.Published is { } today && c.Word(i + 2) == "ago" && c.Word(i + 1) is "years" or "days" && CountAt(c, i) is { } count)
            {
                var years = c.Word(i + 1) == "years";
                var ago = years ? new DateOnly(today.Year - count, 1, 1) : today.AddDays(-count);
                claims.Add(c.Claim(ClaimKind.Date, i, i + 2, years ? ago.Year.ToString("D4", CultureInfo.InvariantCulture) : Iso(ago)) with
                {
                    Date = ago, Precision = years ? DatePrecision.Year : DatePrecision.Day, Weekday = years ? null : ago.DayOfWeek,
                });
                Mark(used, i, i + 2);
                continue;
            }

            if (YearNumber(c, i, out var year3) && !IsMoneyOrPercent(c, i))
            {
                claims.Add(c.Claim(ClaimKind.Date, i, i, year3.ToString("D4", CultureInfo.InvariantCulture)) with
                {
                    Date = new DateOnly(year3, 1, 1), Precision = DatePrecision.Year,
                });
                used[i] = true;
            }
        }
    }

    /// <summary>A count of two to a hundred at token <paramref name="i"/>, in digits or words (<c>2</c>, <c>two</c>); else <see langword="null"/>.</summary>
    private static int? CountAt(SentenceContext c, int i)
    {
        var word = c.Word(i);
        var count = English.TryNumberWord(word, out var spelled) ? spelled
            : c.Tokens[i].Kind == TokenKind.Number && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : 0;
        return count is >= 2 and <= 100 ? count : null;
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>Adds the claim of a month-day written from <paramref name="first"/> to <paramref name="last"/>, with a year right after it if one is written.</summary>
    private static void AddMonthDay(SentenceContext c, bool[] used, List<Claim> claims, int first, int last, int month, int day)
    {
        int? year = null;
        if (YearNumber(c, last + 1, out var y))
        {
            year = y;
            last++;
        }

        claims.Add(DayClaim(c, first, last, month, day, year));
        Mark(used, first, last);
    }

    /// <summary>
    /// Reads the second day of a pair written with one month (<c>19 and 20</c>, <c>19 or 20</c>, <c>19 to 20</c>,
    /// <c>19-20</c>) from the link at <paramref name="at"/>. With the month before the pair, the day must end the phrase
    /// (<c>October 19 and 20 ships</c> counts ships); with it after, the month must follow the day.
    /// </summary>
    private static bool ListedDay(SentenceContext c, int at, bool monthAfter, out int day, out int first, out int last)
    {
        day = 0;
        first = last = at;
        var link = c.Word(at);
        var hyphen = c.GapAfter(at - 1) is "-" or "–" && at < c.Count && c.Tokens[at].Kind == TokenKind.Number;
        first = hyphen ? at : at + 1;
        if ((!hyphen && link is not ("and" or "or" or "to" or "through")) || !DayNumber(c, first, out day, out last))
        {
            return false;
        }

        if (monthAfter)
        {
            return last + 1 < c.Count && Lexicon.Months.ContainsKey(c.Word(last + 1)) && IsMonthWord(c, last + 1);
        }

        return last + 1 >= c.Count || c.Tokens[last + 1].Kind != TokenKind.Word || YearNumber(c, last + 1, out _)
            || English.FunctionWords.Contains(c.Word(last + 1)) || c.Word(last + 1) == "unless";
    }

    private static Claim DayClaim(SentenceContext c, int first, int last, int month, int day, int? year)
    {
        var date = year is { } y ? NewsCalendar.Create(y, month, day) : NewsCalendar.MonthDay(month, day, c.Published);

        var value = date is { } d ? Iso(d) : $"{MonthName(month)} {day}";
        return c.Claim(ClaimKind.Date, first, last, value) with
        {
            Date = date, Precision = DatePrecision.Day, Month = month, Day = day, Weekday = date?.DayOfWeek,
        };
    }

    private static bool IsoDate(SentenceContext c, int i, out DateOnly date, out int last)
    {
        date = default;
        last = i;
        if (i >= c.Count || c.Tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        // One token ("2023-12-04") or three joined by hyphens.
        if (c.Word(i).Length == 10)
        {
            return DateOnly.TryParseExact(c.Word(i), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (i + 2 >= c.Count || c.Word(i).Length != 4 || c.GapAfter(i) is not "-" || c.GapAfter(i + 1) is not "-"
            || c.Word(i + 1).Length != 2 || c.Word(i + 2).Length != 2)
        {
            return false;
        }

        last = i + 2;
        return DateOnly.TryParseExact($"{c.Word(i)}-{c.Word(i + 1)}-{c.Word(i + 2)}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool IsMonthWord(SentenceContext c, int i)
    {
        var word = c.Word(i);

        // "may", "march" and short forms are ordinary words too: only take them with a day or year, or capitalized.
        var ambiguous = English.AmbiguousMonths.Contains(word);
        if (!c.IsCapitalized(i) && !c.Caseless)
        {
            return false;
        }

        if (ambiguous || c.Caseless)
        {
            return DayNumber(c, i + 1, out _, out _) || YearNumber(c, i + 1, out _) || (i > 0 && DayNumber(c, i - 1, out _, out _));
        }

        return true;
    }

    private static bool DayNumber(SentenceContext c, int i, out int day, out int last)
    {
        day = 0;
        last = i;
        if (i < 0 || i >= c.Count || c.Tokens[i].Kind != TokenKind.Number || !SplitNumber(c.Word(i), out var value, out var suffix))
        {
            return false;
        }

        if (suffix.Length == 0 && i + 1 < c.Count && c.Tokens[i + 1].Start == c.Tokens[i].End && c.Word(i + 1) is "st" or "nd" or "rd" or "th")
        {
            suffix = c.Word(i + 1);
            last = i + 1;
        }

        if (suffix is not ("" or "st" or "nd" or "rd" or "th") || value != Math.Floor(value) || value is < 1 or > 31 || c.Word(i).Contains(',', StringComparison.Ordinal))
        {
            last = i;
            return false;
        }

        day = (int)value;
        return true;
    }

    /// <summary>Whether the day at <paramref name="i"/> carries an ordinal suffix ("30th"), in its own token or the next.</summary>
    private static bool HasOrdinalSuffix(SentenceContext c, int i, int last) =>
        last > i || c.Word(i).EndsWith("st", StringComparison.Ordinal) || c.Word(i).EndsWith("nd", StringComparison.Ordinal)
        || c.Word(i).EndsWith("rd", StringComparison.Ordinal) || c.Word(i).EndsWith("th", StringComparison.Ordinal);

    private static bool YearNumber(SentenceContext c, int i, out int year)
    {
        year = 0;
        if (i < 0 || i >= c.Count || c.Tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        var text = c.Word(i);
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2099
            && !(i + 1 < c.Count && c.Tokens[i + 1].Start == c.Tokens[i].End && c.Word(i + 1) != "年");
    }

    private static bool IsMoneyOrPercent(SentenceContext c, int i) =>
        c.AfterSign(i) || Lexicon.Scales.ContainsKey(c.Word(i + 1))
        || c.Word(i + 1) is "percent" or "per" or "people" or "years" or "km" or "miles" or "metres" or "meters" or "feet";

    private static void Mark(bool[] used, int first, int last)
    {
        for (var k = first; k <= last && k < used.Length; k++)
        {
            used[k] = true;
        }
    }

    /// <summary>Whether the weekday at token <paramref name="i"/> is a day ahead in its sentence, as the event days read it.</summary>
    private static bool LooksAhead(SentenceContext c, int i) =>
        NewsCalendar.LooksAhead([.. Token.Words(c.Tokens, 0, i)], Token.Words(c.Tokens, i + 1, c.Count));
}
