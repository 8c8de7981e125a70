using CorpusDiff.Claims;

namespace CorpusDiff.Tests.Claims;

public class ClaimExtractorTests
{
    private static IReadOnlyList<Claim> Claims(string text, string? published = null, ClaimKind? kind = null)
    {
        var document = TestDocuments.Body(text, published);
        var claims = ClaimExtractor.Default.Extract(document).SelectMany(c => c).ToList();
        foreach (var claim in claims)
        {
            document.Text[claim.Span.Start..claim.Span.End].Should().Be(claim.Text, "spans index the original text");
        }

        return kind is null ? claims : claims.Where(c => c.Kind == kind).ToList();
    }

    [Theory]
    [InlineData("The fire killed forty-five people.", 45)]
    [InlineData("The fire killed 45 people.", 45)]
    [InlineData("The fire killed twenty one people.", 21)]
    [InlineData("It took twelve hours.", 12)]
    [InlineData("They sold 1,250.5 tonnes.", 1250.5)]
    [InlineData("More than 3000 people slept outdoors.", 3000)]
    [InlineData("More than 3,000 people slept outdoors.", 3000)]
    [InlineData("About two hundred people came.", 200)]
    [InlineData("The city has 3.2 million residents.", 3_200_000)]
    public void Extract_NumbersInDigitsAndWords_NormalizesValue(string text, double expected)
    {
        var number = Claims(text, kind: ClaimKind.Number).Should().ContainSingle().Subject;

        number.Number.Should().Be(expected);
    }

    [Fact]
    public void Extract_Money_KeepsCurrencyAndScale()
    {
        var number = Claims("The authority plans to invest $3.2 billion over five years.", kind: ClaimKind.Number).First();

        number.Text.Should().Be("$3.2 billion");
        number.Number.Should().Be(3.2e9);
        number.Unit.Should().Be("$");
    }

    [Theory]
    [InlineData("The club paid $300m for him.", 3e8)]
    [InlineData("The club paid £ 50m for him.", 5e7)]
    [InlineData("The club paid 50bn for it.", 5e10)]
    [InlineData("The club paid 2.4 bn for it.", 2.4e9)]
    [InlineData("The club paid £ 50 m for him.", 5e7)]
    public void Extract_ShortScaleAfterCurrencyOrLonger_Scales(string text, double expected) =>
        Claims(text, kind: ClaimKind.Number).Should().Contain(c => c.Number == expected);

    [Theory]
    [InlineData("She won the 1500m final.")]
    [InlineData("He is about 1.8m tall.")]
    [InlineData("He is about 1.8 m tall.")]
    [InlineData("The wall is between 12 and 15 m high.")]
    public void Extract_OneLetterScaleWithoutCurrency_IsNoMillion(string text) =>
        Claims(text, kind: ClaimKind.Number).Should().NotContain(c => c.Number >= 1e6);

    [Theory]
    [InlineData("The vote is on Sunday.", true)]
    [InlineData("Sunday's vote was close.", true)]
    [InlineData("The vote was on March 5.", false)]
    [InlineData("The vote was yesterday.", false)]
    public void Extract_Date_MarksAWeekdayNamedAlone(string text, bool expected) =>
        Claims(text, "2023-03-07", ClaimKind.Date).Should().ContainSingle().Which.IsBareWeekday.Should().Be(expected);

    [Fact]
    public void DescribeDate_PossessiveWeekday_GivesTheDayItResolvesTo()
    {
        var date = Claims("Sunday's vote was close.", "2023-03-07", ClaimKind.Date).Single();

        ClaimChecker.DescribeDate(date).Should().Be("Sunday's (Mar 5, 2023)");
    }

    [Theory]
    [InlineData("\"We will not back down,\" said Callum Reid of the Transport Workers' Union.", "Callum Reid")]
    [InlineData("Rates were held by the Bank of England on Thursday.", "Bank of England")]
    [InlineData("Shares in the Royal Bank of Scotland fell.", "Royal Bank of Scotland")]
    [InlineData("He flew to the United States of America last year.", "United States of America")]
    [InlineData("Talks at the University of Leeds resumed.", "University of Leeds")]
    public void Extract_NameJoinedOverOf_OnlyAfterABodyPlaceOrSingleWord(string text, string expected) =>
        Claims(text, "2023-03-07", ClaimKind.Entity).Select(c => c.Text).Should().Contain(expected);

    [Fact]
    public void Extract_Percentages_WrittenAsSignOrWord_AreBothPercent()
    {
        var claims = Claims("Profit rose 11% while costs rose 6 percent and wages 2 per cent.", kind: ClaimKind.Number);

        claims.Select(c => (c.Number, c.Unit)).Should().Equal((11, "%"), (6, "%"), (2, "%"));
    }

    [Theory]
    [InlineData("Storms delayed 12 to 15 vessel calls a week.", 12, 15)]
    [InlineData("It expects 15.0 million to 15.6 million TEU.", 15_000_000, 15_600_000)]
    [InlineData("Between 30 and 40 workers were hurt.", 30, 40)]
    [InlineData("Between 30-40 workers were hurt.", 30, 40)]
    public void Extract_Ranges_AreOneClaimWithBounds(string text, double from, double to)
    {
        var range = Claims(text, kind: ClaimKind.Number).Should().ContainSingle().Subject;

        range.Number.Should().Be(from);
        range.NumberTo.Should().Be(to);
    }

    [Fact]
    public void Extract_ChangeFromPercentToAmount_IsTwoNumbersNotARange()
    {
        var claims = Claims("Net profit climbed 11% to 512 million euros.", kind: ClaimKind.Number);

        claims.Select(c => c.Text).Should().Equal("11%", "512 million euros");
        claims[1].Unit.Should().Be("€");
    }

    [Fact]
    public void Extract_Ordinals_AreNumbersWithOrdinalUnit()
    {
        var claims = Claims("It was the 12th attempt and the third failure.", kind: ClaimKind.Number);

        claims.Select(c => (c.Number, c.Unit)).Should().Equal((12, "ordinal"), (3, "ordinal"));
    }

    [Fact]
    public void Extract_MonthDay_ResolvesYearFromPublication()
    {
        var date = Claims("On the afternoon of November 28, Xi visited the exchange.", "2023-12-05", ClaimKind.Date).Should().ContainSingle().Subject;

        date.Date.Should().Be(new DateOnly(2023, 11, 28));
        date.Weekday.Should().Be(DayOfWeek.Tuesday);
        date.Text.Should().Be("November 28");
    }

    [Fact]
    public void Extract_DayOfMonth_ResolvesToThisOrPreviousMonth()
    {
        var date = Claims("The symposium was held on the 30th in Shanghai.", "2023-12-04", ClaimKind.Date).Should().ContainSingle().Subject;

        date.Date.Should().Be(new DateOnly(2023, 11, 30));
    }

    [Theory]
    [InlineData("The hoard held the 17th-century coins of a merchant.")]
    [InlineData("The hoard held the 17th century coins of a merchant.")]
    public void Extract_OrdinalBeforeCentury_IsACenturyNotADay(string text)
    {
        Claims(text, "2026-11-24", ClaimKind.Date).Should().BeEmpty();
        Claims(text, "2026-11-24", ClaimKind.Number).Should().ContainSingle().Which.Should().Match<Claim>(c => c.Number == 17 && c.Unit == ClaimExtractor.Century);
    }

    [Theory]
    [InlineData("Tuesday", 2023, 11, 28)]
    [InlineData("Wednesday", 2023, 11, 29)]
    [InlineData("Thursday", 2023, 11, 30)]
    [InlineData("Friday", 2023, 11, 24)]
    public void Extract_Weekday_ResolvesToMostRecentOnOrBeforePublication(string weekday, int year, int month, int day)
    {
        var date = Claims($"Xi visited the exchange on {weekday}.", "2023-11-30", ClaimKind.Date).Should().ContainSingle().Subject;

        date.Date.Should().Be(new DateOnly(year, month, day));
        date.Precision.Should().Be(DatePrecision.Day);
    }

    [Fact]
    public void Extract_WeekdayWithoutPublication_StaysAWeekday()
    {
        var date = Claims("Xi visited the exchange on Tuesday.", kind: ClaimKind.Date).Should().ContainSingle().Subject;

        date.Precision.Should().Be(DatePrecision.Weekday);
        date.Weekday.Should().Be(DayOfWeek.Tuesday);
        date.Date.Should().BeNull();
    }

    [Fact]
    public void Extract_RelativeDays_ResolveAgainstPublication()
    {
        var claims = Claims("He left yesterday and returns today; talks were held last week.", "2024-03-08", ClaimKind.Date);

        claims.Select(c => (c.Text, c.Date)).Should().Equal(
            ("yesterday", new DateOnly(2024, 3, 7)), ("today", new DateOnly(2024, 3, 8)), ("last week", new DateOnly(2024, 2, 26)));
        claims[2].Precision.Should().Be(DatePrecision.Week);
    }

    [Theory]
    [InlineData("Strikes could follow on October 19 and 20.")]
    [InlineData("Strikes could follow on 19 and 20 October.")]
    [InlineData("Strikes could follow on October 19 or 20.")]
    [InlineData("Strikes could follow on 19-20 October.")]
    [InlineData("Strikes could follow on October 19 to 20.")]
    [InlineData("Strikes could follow on October 19 and 20 unless the offer is improved.")]
    public void Extract_TwoDaysOfOneMonth_AreTwoDates(string text)
    {
        var claims = Claims(text, "2026-10-06");

        claims.Where(c => c.Kind == ClaimKind.Date).Select(c => c.Date).Should().Equal(new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 20));
        claims.Should().NotContain(c => c.Kind == ClaimKind.Number, "both days are dates, not a count");
    }

    [Fact]
    public void Extract_DayAndACountAfterIt_KeepsTheCount()
    {
        var claims = Claims("The strike began on October 19 and 20 ships were held.", "2026-10-06");

        claims.Where(c => c.Kind == ClaimKind.Date).Select(c => c.Date).Should().Equal(new DateOnly(2026, 10, 19));
        claims.Where(c => c.Kind == ClaimKind.Number).Select(c => c.Number).Should().Equal(20d);
    }

    [Fact]
    public void Extract_TwoDaysAndAYear_GiveBothDaysThatYear()
    {
        var claims = Claims("Talks were held on March 3 and 4, 2024.", "2026-10-06", ClaimKind.Date);

        claims.Select(c => c.Date).Should().Equal(new DateOnly(2024, 3, 3), new DateOnly(2024, 3, 4));
    }

    [Fact]
    public void Extract_YearsAndIsoDates_AreDates()
    {
        var claims = Claims("The exchange, founded in 1999, reported on 2023-12-04.", kind: ClaimKind.Date);

        claims.Select(c => c.Value).Should().Equal("1999", "2023-12-04");
        claims[0].Precision.Should().Be(DatePrecision.Year);
    }

    [Fact]
    public void Extract_Entities_StripTitlesAndKeepMultiWordNames()
    {
        var claims = Claims("Chinese President Xi Jinping visited the Shanghai Futures Exchange with Governor Chen and the CPC.", kind: ClaimKind.Entity);

        claims.Select(c => (c.Value, c.EntityType)).Should().Equal(
            ("xi jinping", EntityType.Person), ("shanghai futures exchange", EntityType.Organization), ("chen", EntityType.Person), ("cpc", EntityType.Organization));
    }

    [Fact]
    public void Extract_SentenceInitialCapital_IsNotAName()
    {
        var claims = Claims("Officials said the plan works. Residents disagreed.", kind: ClaimKind.Entity);

        claims.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Xi inspected a financial institution.", "1 institution")]
    [InlineData("Xi inspected one financial institution.", "1 institution")]
    [InlineData("Several hospitals were hit.", "several hospital")]
    [InlineData("Hundreds of people gathered.", "hundreds people")]
    [InlineData("All schools closed.", "all school")]
    public void Extract_Quantities_RecordCountAndHead(string text, string expected)
    {
        Claims(text, kind: ClaimKind.Quantity).Select(c => c.Value).Should().Contain(expected);
    }

    [Theory]
    [InlineData("The minister did not attend the summit.", "attend")]
    [InlineData("The minister didn't attend the summit.", "attend")]
    [InlineData("The minister never attended the summit.", "attended")]
    [InlineData("The minister failed to attend the summit.", "attend")]
    public void Extract_Negation_FindsCueAndScope(string text, string scope)
    {
        Claims(text, kind: ClaimKind.Negation).Should().ContainSingle().Which.Unit.Should().Be(scope);
    }

    [Theory]
    [InlineData("“We will win,” Ms. Claes said.", "claes")]
    [InlineData("The plan is sound, said Jane Doe.", "jane doe")]
    [InlineData("The plan is sound, said Halvorsen's chief executive, Jane Doe.", "jane doe")]
    [InlineData("The plan is sound, said the company's chief executive, Jane Doe.", "jane doe")]
    [InlineData("The plan is sound, said Halvorsen's chief executive.", "executive")]
    [InlineData("He is the forward we wanted, said Northam's manager, Graham Kettle.", "graham kettle")]
    [InlineData("He is the forward we wanted, said the club's head of recruitment, Ana Silva.", "ana silva")]
    [InlineData("Growth will slow, according to the World Bank.", "world bank")]
    [InlineData("Luo Dajin told Xinhua the work continues.", "luo dajin")]
    public void Extract_Attribution_NamesTheSpeaker(string text, string speaker)
    {
        Claims(text, kind: ClaimKind.Attribution).Should().ContainSingle().Which.Value.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Winds of up to 60 km/h fanned the flames.", "km/h")]
    [InlineData("Winds of up to 60 kph fanned the flames.", "kph")]
    [InlineData("Gusts reached 37 mph overnight.", "mph")]
    [InlineData("Gusts reached 37 miles per hour overnight.", "mph")]
    [InlineData("Gusts reached 40 miles an hour overnight.", "mph")]
    [InlineData("The fire burned 4,200 hectares.", "hectare")]
    [InlineData("The runners covered 37 miles on the first day.", "mile")]
    public void Extract_MeasureAfterANumber_IsItsUnit(string text, string unit)
    {
        Claims(text, kind: ClaimKind.Number).Should().ContainSingle().Which.Unit.Should().Be(unit);
    }

    [Fact]
    public void Extract_PronounSpeaker_IsNotAnAttribution()
    {
        Claims("The plan is sound, he said.", kind: ClaimKind.Attribution).Should().BeEmpty();
    }

    [Fact]
    public void Extract_ChineseNumbersAndDates_UseMyriadsAndMonthDay()
    {
        var claims = Claims("3月6日，吞吐量达到1520万标准箱，净利润5.12亿欧元。", "2024-03-08");

        claims.Where(c => c.Kind == ClaimKind.Date).Should().ContainSingle().Which.Date.Should().Be(new DateOnly(2024, 3, 6));
        claims.Where(c => c.Kind == ClaimKind.Number).Select(c => c.Number).Should().Equal(15_200_000, 512_000_000);
    }
}
