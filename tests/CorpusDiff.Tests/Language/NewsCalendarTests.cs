using System.Globalization;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Tests.Language;

public class NewsCalendarTests
{
    [Theory]
    [InlineData("2024-01-03", 12, 28, "2023-12-28")] // a December day on a January story looks back across the year end
    [InlineData("2023-12-28", 1, 3, "2024-01-03")] // an early-January day on a late-December story looks ahead
    [InlineData("2023-11-10", 11, 20, "2023-11-20")] // ten days ahead: a preview, same year
    [InlineData("2023-11-10", 1, 5, "2024-01-05")] // 56 days ahead, inside the look-ahead
    [InlineData("2023-11-10", 1, 15, "2023-01-15")] // 66 days ahead is too far: the January just past
    [InlineData("2024-03-10", 2, 29, "2024-02-29")]
    [InlineData("2023-12-31", 12, 31, "2023-12-31")]
    public void MonthDay_AroundYearEnds_ResolvesToLatestWithinLookAhead(string published, int month, int day, string expected)
    {
        NewsCalendar.MonthDay(month, day, Date(published)).Should().Be(Date(expected));
    }

    [Theory]
    [InlineData("2026-11-21", 12, "2026-12-01")] // the coming December, 10 days ahead
    [InlineData("2026-11-21", 11, "2026-11-01")] // the month of publication
    [InlineData("2026-11-21", 1, "2027-01-01")] // 41 days ahead, across the year end
    [InlineData("2026-11-21", 2, "2026-02-01")] // 72 days ahead is too far: the February just past
    [InlineData("2024-01-03", 12, "2023-12-01")]
    [InlineData("2024-03-10", 3, "2024-03-01")]
    public void MonthAlone_ResolvesAsAMonthDayByItsFirstDay(string published, int month, string expected)
    {
        NewsCalendar.MonthAlone(month, Date(published)).Should().Be(Date(expected));
    }

    [Fact]
    public void MonthAlone_EveryMonthAndPublicationDay_AgreesWithMonthDayOfItsFirstDay()
    {
        for (var day = new DateOnly(2023, 1, 1); day < new DateOnly(2025, 1, 1); day = day.AddDays(1))
        {
            for (var month = 1; month <= 12; month++)
            {
                NewsCalendar.MonthAlone(month, day).Should().Be(NewsCalendar.MonthDay(month, 1, day), "published {0}, month {1}", day, month);
            }
        }
    }

    [Fact]
    public void MonthDay_LeapDayWithNoNearbyLeapYear_IsNull()
    {
        NewsCalendar.MonthDay(2, 29, Date("2023-03-01")).Should().BeNull();
    }

    [Fact]
    public void MonthDay_WithoutPublication_IsNull()
    {
        NewsCalendar.MonthDay(12, 5, null).Should().BeNull();
    }

    [Fact]
    public void MonthDay_SeededRandomDates_MatchesDayByDayReference()
    {
        var random = new Random(20231110);
        for (var n = 0; n < 2000; n++)
        {
            var published = new DateOnly(2000, 1, 1).AddDays(random.Next(0, 365 * 40));
            var month = random.Next(1, 13);
            var day = random.Next(1, 32);

            // Plain reference: walk back day by day from the last day the look-ahead allows, through last year.
            DateOnly? expected = null;
            for (var d = published.AddDays(NewsCalendar.LookAheadDays); d >= new DateOnly(published.Year - 1, 1, 1); d = d.AddDays(-1))
            {
                if (d.Month == month && d.Day == day)
                {
                    expected = d;
                    break;
                }
            }

            NewsCalendar.MonthDay(month, day, published).Should().Be(expected, $"{month}/{day} published {published:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2024-01-03", DayOfWeek.Wednesday, "2024-01-03")]
    [InlineData("2024-01-03", DayOfWeek.Thursday, "2023-12-28")]
    [InlineData("2024-01-01", DayOfWeek.Sunday, "2023-12-31")]
    public void Weekday_LatestOnOrBeforePublication(string published, DayOfWeek weekday, string expected)
    {
        NewsCalendar.Weekday(weekday, Date(published)).Should().Be(Date(expected));
    }

    [Theory]
    [InlineData("2024-01-03", 30, "2023-12-30")]
    [InlineData("2024-01-03", 3, "2024-01-03")]
    [InlineData("2024-03-05", 31, null)] // February has no 31st
    public void DayOfMonth_ThisMonthOrTheOneBefore(string published, int day, string? expected)
    {
        NewsCalendar.DayOfMonth(day, Date(published)).Should().Be(expected is null ? null : Date(expected));
    }

    [Theory]
    [InlineData("yesterday", "2023-12-31")]
    [InlineData("today", "2024-01-01")]
    [InlineData("tomorrow", "2024-01-02")]
    [InlineData("Monday", null)]
    public void Relative_DaysAroundPublication(string word, string? expected)
    {
        NewsCalendar.Relative(word, Date("2024-01-01")).Should().Be(expected is null ? null : Date(expected));
    }

    [Fact]
    public void LastWeek_StartsOnTheMondayOfThePreviousWeek()
    {
        NewsCalendar.LastWeek(Date("2024-01-03")).Should().Be(Date("2023-12-25"));
        NewsCalendar.LastWeek(Date("2024-01-07")).Should().Be(Date("2023-12-25"));
    }

    [Theory]
    [InlineData("2026-11-25", false, "2026-11-25", false, true)]
    [InlineData("2026-11-17", true, "2026-11-24", false, true)]
    [InlineData("2026-11-24", false, "2026-11-17", true, true)]
    [InlineData("2026-11-17", false, "2026-11-24", false, false)]
    [InlineData("2026-11-24", true, "2026-11-17", false, false)]
    public void SameDay_BareWeekday_AlsoStandsForTheDayAWeekLater(string first, bool firstWeekday, string second, bool secondWeekday, bool same)
    {
        NewsCalendar.SameDay(Date(first), firstWeekday, Date(second), secondWeekday).Should().Be(same);
    }

    [Theory]
    [InlineData("some rural areas could be cut off until", true)]
    [InlineData("it expected to reconnect most properties by", true)]
    [InlineData("a yellow warning for rain remains in place until 9am on", true)]
    [InlineData("from", true)]
    [InlineData("the match is postponed to next", true)]
    [InlineData("the school will stay shut next week after snow brought down its roof late on", false)]
    [InlineData("the roads were closed until", false)]
    [InlineData("the ward will reopen, as cases have fallen since", false)]
    [InlineData("the frost struck overnight on", false)]
    [InlineData("all 38,000 chickens will be culled the department said on", false)]
    [InlineData("the minister said talks will resume on", true)]
    public void LooksAhead_WordsBeforeABareWeekday_ReadTheDayAheadOnlyInAForecastOrPlan(string before, bool ahead)
    {
        NewsCalendar.LooksAhead(before.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Should().Be(ahead);
    }

    [Theory]
    [InlineData("until", "all ten earlier launches had succeeded", false)]
    [InlineData("until", "the road is shut to traffic", true)]
    [InlineData("the road is shut until", "and drivers were told to wait", true)]
    public void LooksAhead_FrontedPhrase_TakesTheTenseOfTheClauseAfterIt(string before, string after, bool ahead)
    {
        NewsCalendar.LooksAhead(before.Split(' '), after.Split(' ')).Should().Be(ahead);
    }

    [Theory]
    [InlineData("2026-11-25", "2026-12-01", "2026-12-02")]
    [InlineData("2026-12-01", "2026-12-01", "2026-12-01")]
    public void Ahead_BareWeekday_IsTheNextSuchDayFromPublication(string weekday, string published, string expected)
    {
        NewsCalendar.Ahead(Date(weekday), Date(published)).Should().Be(Date(expected));
    }

    [Theory]
    [InlineData("2023-11-10", "Nov. 20", "2023-11-20")]
    [InlineData("2024-01-03", "Dec. 28", "2023-12-28")]
    public void Readers_SameMonthDay_ResolveToTheSameDay(string published, string written, string expected)
    {
        var text = $"date {published}\nBEIJING, {written} -- Officials said the talks on {written} went ahead.";

        var document = DocumentParser.Default.Parse(text, "t");
        var dateClaims = ClaimExtractor.Default.Extract(document).SelectMany(c => c).Where(c => c.Kind == ClaimKind.Date);

        document.Dateline!.Date.Should().Be(Date(expected));
        EventSignals.Of(document).Mentioned.Should().Contain(Date(expected));
        dateClaims.Select(c => c.Date).Should().Contain(Date(expected));
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
