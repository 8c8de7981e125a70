using CorpusDiff.Claims;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Claims;

public class ClaimCheckerTests
{
    private const string Wire =
        "The Scheldt-Maas Port Authority handled a record 15.2 million TEU in 2023, chief executive Marieke de Vries told a press conference in Rotterdam on March 3. " +
        "Net profit climbed 11% to 512 million euros, while the authority plans to invest $3.2 billion over five years. " +
        "Storms delayed 12 to 15 vessel calls a week, Marieke de Vries said. " +
        "Minister Pieter Jansen opened one terminal at the Delta Gate complex. " +
        "Xi inspected a financial institution in the city. " +
        "The government would not fund the second and third terminals. " +
        "“Hydrogen does not stop at the border,” Sofie Claes said. " +
        "The Federal Reserve kept rates on hold.";

    private static ConsistencyReport Check(string target, string sourcePublished = "2023-03-05", string? targetPublished = "2023-03-05") =>
        ClaimChecker.Default.Check(TestDocuments.Body(Wire, sourcePublished, "source"), TestDocuments.Body(target, targetPublished, "target"));

    private static void ShouldFlag(ConsistencyReport report, Document target, DivergenceKind kind, string words, DivergenceSeverity? severity = null)
    {
        var at = target.Text.IndexOf(words, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        var hit = report.Divergences.Where(d => d.Kind == kind && d.TargetSpan.Start < at + words.Length && at < d.TargetSpan.End).ToList();
        hit.Should().NotBeEmpty($"\"{words}\" should be flagged as {kind}; found: {string.Join(" | ", report.Divergences.Select(d => $"{d.Kind} {d.Message}"))}");
        if (severity is { } expected)
        {
            hit[0].Severity.Should().Be(expected);
        }
    }

    /// <summary>Whether the check flags the target's number, as changed or as new.</summary>
    private static void ShouldFlagANumber(ConsistencyReport report, bool flagged) => ShouldFlagAs(report, flagged, DivergenceKind.Number);

    /// <summary>Asserts whether the report flags a divergence of one of <paramref name="kinds"/> or an addition.</summary>
    private static void ShouldFlagAs(ConsistencyReport report, bool flagged, params DivergenceKind[] kinds) =>
        report.Divergences.Any(d => kinds.Contains(d.Kind) || d.Message.Contains("adds", StringComparison.Ordinal))
            .Should().Be(flagged, string.Join(" | ", report.Divergences.Select(d => d.Message)));

    /// <summary>Asserts no divergence when <paramref name="flagged"/> is empty, else exactly one, naming it.</summary>
    private static void ShouldFlagOnly(ConsistencyReport report, string flagged)
    {
        var messages = report.Divergences.Select(d => d.Message).ToList();
        if (flagged.Length == 0)
        {
            messages.Should().BeEmpty();
        }
        else
        {
            messages.Should().ContainSingle().Which.Should().Contain(flagged);
        }
    }

    private static (ConsistencyReport Report, Document Target) Run(string target, string? published = "2023-03-05")
    {
        var document = TestDocuments.Body(target, published, "target");
        return (ClaimChecker.Default.Check(TestDocuments.Body(Wire, "2023-03-05", "source"), document), document);
    }

    [Theory]
    [InlineData("The crash happened at 7.40am on Thursday.", "Police were called at 07:40 on Thursday.", "")]
    [InlineData("The crash happened at 7.40am on Thursday.", "Police were called at 7:40 a.m. on Thursday.", "")]
    [InlineData("The fire broke out shortly after 3am on Sunday.", "The fire started a little after 3 o'clock on Sunday.", "")]
    [InlineData("The fire broke out shortly after 3pm on Sunday.", "The fire started a little after 3 o'clock on Sunday.", "")]
    [InlineData("The crash happened at 2.30pm on Thursday.", "The crash happened at 14.30 on Thursday.", "")]
    [InlineData("The crash happened at 2.30pm on Thursday.", "The crash happened at 15.30 on Thursday.", "15.30")]
    [InlineData("The crash happened at 7.40am on Thursday.", "The crash happened at 9.15am on Thursday.", "9.15am")]
    [InlineData("The crash happened at 7.40am on Thursday.", "The crash happened at 7.45am on Thursday.", "7.45am")]
    [InlineData("The crash happened at 7.40am on Thursday.", "The crash happened at 7.40pm on Thursday.", "7.40pm")]
    [InlineData("The fire broke out shortly after 3am on Sunday.", "The fire started a little after 4 o'clock on Sunday.", "4 o'clock")]
    [InlineData("Three people were hurt at 3am on Sunday.", "3 people were hurt at 5am on Sunday.", "5am")]
    public void Check_ClockTimes_MatchInAnySpellingAndDifferExactly(string source, string target, string flagged)
    {
        ShouldFlagOnly(TestDocuments.CheckPair(source, target), flagged);
    }

    [Theory]
    [InlineData("A temperature of 38.7C was recorded on Saturday.", "It reached 38.7 degrees Celsius on Saturday.", "")]
    [InlineData("A temperature of 38.7C was recorded on Saturday.", "It reached 38.7 degrees on Saturday.", "")]
    [InlineData("A temperature of 38.7C was recorded on Saturday.", "It reached 38.7C (101.7F) on Saturday.", "")]
    [InlineData("A temperature of 38C was recorded on Saturday.", "It reached 100F on Saturday.", "")]
    [InlineData("A temperature of 38.7 °C was recorded on Saturday.", "It reached 38.7C on Saturday.", "")]
    [InlineData("A temperature of 38.7C was recorded on Saturday.", "It reached 37.9 degrees on Saturday.", "37.9")]
    [InlineData("A temperature of 38.7C was recorded on Saturday.", "It reached 104F on Saturday.", "104")]
    [InlineData("A temperature of 38.7C was recorded on 38 sites on Saturday.", "It reached 38.7 degrees on 38 sites on Saturday.", "")]
    public void Check_Temperatures_MatchAcrossScalesAndDifferBeyondRounding(string source, string target, string flagged)
    {
        ShouldFlagOnly(TestDocuments.CheckPair(source, target), flagged);
    }

    [Theory]
    [InlineData("Visitors were asked to stay away for 48 hours after their symptoms end.", "Visitors should wait two days after recovering.", "")]
    [InlineData("The line opened two years later than planned.", "The line opened some 24 months behind schedule.", "")]
    [InlineData("The match was stopped for 90 minutes.", "The match was stopped for 1.5 hours.", "")]
    [InlineData("The match was stopped for 100 minutes.", "The match was stopped for nearly two hours.", "")]
    [InlineData("Visitors were asked to stay away for 48 hours after their symptoms end.", "Visitors should wait three days after recovering.", "three")]
    [InlineData("Visitors were asked to stay away for 36 hours after their symptoms end.", "Visitors should wait two days after recovering.", "two")]
    [InlineData("The road was closed for 60 days.", "The road was closed for two months.", "two")]
    public void Check_Durations_MatchInOtherUnitsExactly(string source, string target, string flagged)
    {
        ShouldFlagOnly(TestDocuments.CheckPair(source, target), flagged);
    }

    [Fact]
    public void Check_DurationChangedInOtherUnits_IsAHighNumberContradiction()
    {
        // The paired sentence's 48 hours is the rival of the rewrite's three days though the units differ: one length was changed.
        var report = TestDocuments.CheckPair("Visitors were asked to stay away for 48 hours after their symptoms end.", "Visitors were asked to stay away for three days after their symptoms end.");

        report.Divergences.Should().ContainSingle().Which.Should().Match<Divergence>(d => d.Kind == DivergenceKind.Number && d.Severity == DivergenceSeverity.High);
    }

    [Theory]
    [InlineData("The service took 20% more calls than on a normal day.", "Crews answered a fifth more calls than on a typical day.", false)]
    [InlineData("Turnout fell to 32% of voters in the ward.", "Turnout fell to a third of voters in the ward.", false)]
    [InlineData("The service took 20% more calls than on a normal day.", "Crews answered a third more calls than on a typical day.", true)]
    [InlineData("Crews answered a fifth more calls than on a normal day.", "The service took 20% more calls than on a typical day.", false)]
    [InlineData("The fifth round of talks began on Monday.", "The fifth round of talks began on Monday.", false)]
    public void Check_FractionForAPercentage_MeetsItWithinRounding(string source, string target, bool flagged)
        => ShouldFlagANumber(TestDocuments.CheckPair(source, target), flagged);

    [Theory]
    [InlineData("The effect was strongest among people over 60, whose risk fell by 24 percent.", "Among the over-60s, the risk dropped by nearly a quarter.", false)]
    [InlineData("Walking cuts the risk of heart disease by almost a fifth, a study found.", "Walking lowers the risk of heart disease by nearly 20 per cent, a study found.", false)]
    [InlineData("The effect was strongest among people over 60, whose risk fell by 40 percent.", "Among the over-60s, the risk dropped by nearly a quarter.", true)]
    [InlineData("Sales fell by a third in the first quarter.", "Sales fell by 12 percent in the first quarter.", true)]
    public void Check_FractionAsTheSizeOfAChange_MeetsAPercentageWithinRounding(string source, string target, bool flagged)
        => ShouldFlagANumber(TestDocuments.CheckPair(source, target), flagged);

    [Theory]
    [InlineData("Strong winds of up to 60 km/h pushed the flames towards the villages.", "Gusts reaching 37 mph drove the fire towards the villages.", false)]
    [InlineData("Strong winds of up to 60 km/h pushed the flames towards the villages.", "Gusts reaching 37 miles per hour drove the fire towards the villages.", false)]
    [InlineData("The fire has burned 4,200 hectares of pine forest.", "The fire has scorched 10,400 acres of pine forest.", false)]
    [InlineData("The race covers 42 kilometres of city streets.", "The race covers 26 miles of city streets.", false)]
    [InlineData("Strong winds of up to 60 km/h pushed the flames towards the villages.", "Gusts reaching 45 mph drove the fire towards the villages.", true)]
    [InlineData("The fire has burned 4,200 hectares of pine forest.", "The fire has scorched 12,400 acres of pine forest.", true)]
    public void Check_MeasureConvertedToAnotherUnit_IsTheSameMeasureWithinRounding(string source, string target, bool flagged)
        => ShouldFlagANumber(TestDocuments.CheckPair(source, target), flagged);

    [Theory]
    [InlineData("Strong winds of up to 60 km/h pushed the flames towards the villages overnight.", "Strong winds of up to 45 mph pushed the flames towards the villages overnight.", "T0 says 45 mph; S0 says 60 km/h")]
    [InlineData("The fire has burned more than 4,200 hectares of forest.", "The fire has burned more than 12,400 acres of forest.", "T0 says 12,400 acres; S0 says 4,200 hectares")]
    public void Check_MeasureConvertedWrongly_IsAContradictionShownInBothUnits(string source, string target, string message)
    {
        var report = TestDocuments.CheckPair(source, target);

        report.Divergences.Should().ContainSingle(d => d.Kind == DivergenceKind.Number).Which.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("The fee beats the £38 million Northam paid for Ivan Petrov in 2024.", "The fee eclipses the £38m Northam spent on Ivan Petrov two years ago.", false)]
    [InlineData("The fee beats the £38 million Northam paid for Ivan Petrov in 2024.", "The fee eclipses the £38m Northam spent on Ivan Petrov three years ago.", true)]
    [InlineData("The bridge was closed on July 5 after the crash.", "The bridge was closed three days ago after the crash.", false)]
    public void Check_YearsOrDaysAgo_IsTheDateItCountsBackTo(string source, string target, bool flagged)
        => ShouldFlagAs(TestDocuments.CheckPair(source, target, "2026-07-08"), flagged, DivergenceKind.Date, DivergenceKind.Number);

    [Theory]
    [InlineData("Northam signed the Portuguese striker Tiago Moura from Benfica.", "Northam signed the Portugal international Tiago Moura from Benfica.", false)]
    [InlineData("Northam signed the Portuguese striker Tiago Moura from Benfica.", "Northam signed the Brazil international Tiago Moura from Benfica.", true)]
    public void Check_CountryTheSourceNamesByItsAdjective_IsNoNewName(string source, string target, bool flagged)
        => ShouldFlagAs(TestDocuments.CheckPair(source, target), flagged, DivergenceKind.Entity);

    [Theory]
    [InlineData("He agreed a five-year contract, with the option of a further year.", "He signed a deal with an option for another 12 months.", "")]
    [InlineData("The hearing was adjourned for an extra week.", "The hearing was adjourned for another seven days.", "")]
    [InlineData("He agreed a five-year contract, with the option of a further year.", "He signed a deal with an option for another 18 months.", "18")]
    public void Check_OneMoreUnitOfTime_IsThatLengthInOtherUnits(string source, string target, string flagged)
        => ShouldFlagOnly(TestDocuments.CheckPair(source, target), flagged);

    [Theory]
    [InlineData("Halvorsen will pay 415 pence for each Brightwater share.", "Halvorsen will pay 415p for each Brightwater share.", false)]
    [InlineData("Brightwater rejected an approach worth 350 pence a share.", "Brightwater turned down a 350p-a-share proposal.", false)]
    [InlineData("Halvorsen will pay 415 pence for each Brightwater share.", "Halvorsen will pay 425p for each Brightwater share.", true)]
    [InlineData("Brightwater rejected an approach worth 350 pence a share.", "Brightwater turned down a 380p-a-share proposal.", true)]
    public void Check_PriceInPenceWrittenWithP_IsThePriceInPence(string source, string target, bool flagged)
        => ShouldFlagANumber(TestDocuments.CheckPair(source, target), flagged);

    [Theory]
    [InlineData("Walking briskly for 20 minutes a day cuts the risk of heart disease.", "A brisk 20-minute walk every day cuts the risk of heart disease.", false)]
    [InlineData("The council approved a tower of 12 storeys on the site.", "The council approved a 12-storey tower on the site.", false)]
    [InlineData("Walking briskly for 20 minutes a day cuts the risk of heart disease.", "A brisk 30-minute walk every day cuts the risk of heart disease.", true)]
    public void Check_NumberHyphenedToItsNoun_CountsThatNoun(string source, string target, bool flagged)
        => ShouldFlagANumber(TestDocuments.CheckPair(source, target), flagged);

    [Theory]
    [InlineData("Heart disease kills about 160,000 people in the country each year.", "Heart disease kills about 160,000 people a year.", "")]
    [InlineData("He takes his mother to work on his motorbike every single day.", "He takes his mother to work on his motorbike every day.", "")]
    [InlineData("The couple cycle about 80 kilometres each day.", "The couple cycle about 80 kilometres a day.", "")]
    [InlineData("The plant closed for two years after the fire.", "The plant closed for a year after the fire.", "year")]
    public void Check_RateWrittenWithAOrEach_IsNoCountOfOne(string source, string target, string flagged)
        => ShouldFlagOnly(TestDocuments.CheckPair(source, target), flagged);

    [Theory]
    [InlineData("The coins, minted in the 1640s, were found by a farmer.", "The 17th-century coins were found by a farmer.", false)]
    [InlineData("The chapel was built in 1702 by the estate.", "The 18th century chapel was built by the estate.", false)]
    [InlineData("The chapel was built in 1702 by the estate.", "The 19th-century chapel was built by the estate.", true)]
    [InlineData("The coins, minted in the 1640s, were found by a farmer.", "The coins were found by a farmer in the 17th year of the dig.", true)]
    [InlineData("The coins were found by a farmer in 1987.", "The 17th-century coins were found by a farmer in 1987.", true)]
    [InlineData("The 17th-century coins were found by a farmer.", "The 18th-century coins were found by a farmer.", true)]
    [InlineData("The abbey stood for three centuries before the fire.", "The 17th-century abbey stood before the fire.", true)]
    public void Check_CenturyOfASourceYear_IsNoNewNumber(string source, string target, bool flagged)
        => ShouldFlagANumber(TestDocuments.CheckPair(source, target), flagged);

    [Theory]
    [InlineData("Officials expect services to be back within a week.", "Services should return within seven days.", false)]
    [InlineData("The road will be shut for a fortnight.", "The road will be shut for two weeks.", false)]
    [InlineData("The vote is expected in a year.", "The vote is expected in 12 months.", false)]
    [InlineData("The search was called off after an hour.", "The search was called off after 60 minutes.", false)]
    [InlineData("Officials expect services to be back within a week.", "Services should return within eight days.", true)]
    [InlineData("Officials expect services to be back within a month.", "Services should return within seven days.", true)]
    public void Check_LengthTheSourceGivesAsOneUnit_IsNoNewNumber(string source, string target, bool flagged)
        => ShouldFlagANumber(TestDocuments.CheckPair(source, target), flagged);

    [Fact]
    public void Check_CountryLettersOfACurrency_AreNoName()
    {
        var report = TestDocuments.CheckPair("She stole $1.2 million from elderly customers.", "She stole US$1.2m from elderly customers.");

        report.Divergences.Should().BeEmpty(string.Join(" | ", report.Divergences.Select(d => d.Message)));
    }

    [Theory]
    [InlineData("A spokesman urged both sides to return to talks.", "The ministry called on the two sides to negotiate again.", false)]
    [InlineData("Both the drivers were taken to hospital.", "Two drivers were taken to hospital.", false)]
    [InlineData("A spokesman urged both sides to return to talks.", "Two drivers were taken to hospital.", true)]
    [InlineData("Both the drivers were taken to hospital.", "Three drivers were taken to hospital.", true)]
    public void Check_TwoOfWhatTheSourceCallsBoth_IsNoNewNumber(string source, string target, bool flagged)
    {
        var report = TestDocuments.CheckPair(source, target);

        var number = target.Split(' ').First(w => w is "two" or "Two" or "Three");
        report.Divergences.Any(d => d.Message.Contains("adds " + number, StringComparison.Ordinal)).Should().Be(flagged, string.Join(" | ", report.Divergences.Select(d => d.Message)));
    }

    [Fact]
    public void Check_AlignedSupportForParaphrase_RaisesConsistencyButNotDivergences()
    {
        var source = ClaimChecker.Default.Prepare(TestDocuments.Body(Wire, "2023-03-05", "source"));
        var target = TestDocuments.Body("Cabinet money will stop short of paying for terminals two and three.", "2023-03-05", "target");
        var aligned = new IReadOnlyList<int>[] { [5] };

        var lexical = ClaimChecker.Default.Check(source, target, aligned);
        var withAligner = ClaimChecker.Default.Check(source, target, aligned, [0.9]);

        withAligner.SentenceConsistency[0].Should().BeGreaterThan(lexical.SentenceConsistency[0]);
        withAligner.SentenceConsistency[0].Should().BeLessThanOrEqualTo(0.9);
        withAligner.Divergences.Should().BeEquivalentTo(lexical.Divergences);
    }

    [Fact]
    public void Check_AlignedSupportOfWrongLength_ThrowsNamingTheTarget()
    {
        var source = ClaimChecker.Default.Prepare(TestDocuments.Body(Wire, "2023-03-05", "source"));
        var target = TestDocuments.Body("Net profit climbed 11%.", "2023-03-05", "target");

        var act = () => ClaimChecker.Default.Check(source, target, null, [0.5, 0.5]);

        act.Should().Throw<ArgumentException>().WithMessage("*alignedSupport*target*");
    }

    [Fact]
    public void Check_ChangedNumber_IsHighNumberDivergenceNamingBothValues()
    {
        var (report, target) = Run("Net profit climbed 11% to 521 million euros.");

        ShouldFlag(report, target, DivergenceKind.Number, "521 million euros", DivergenceSeverity.High);
        report.Divergences.Single(d => d.Kind == DivergenceKind.Number).Message.Should().Be("T0 says 521 million euros; S1 says 512 million euros");
    }

    [Theory]
    [InlineData("Net profit rose 11 percent to 512 million euros.")]
    [InlineData("The authority will invest 3.2 billion dollars over five years.")]
    [InlineData("Storms delayed twelve to fifteen vessel calls a week, Marieke de Vries said.")]
    [InlineData("The port handled a record 15.2 million TEU in 2023.")]
    public void Check_SameNumbersInOtherWords_AreNotDivergences(string target)
    {
        Check(target).Divergences.Should().BeEmpty();
    }

    [Theory]
    // Published Sunday, March 5, 2023. A weekday in a plan or forecast is shown as the day ahead; one after a past verb
    // of saying, however far a "will" stands before it, as the day just gone.
    [InlineData("The works council will meet on Thursday.", "Thursday (Mar 9, 2023)")]
    [InlineData("Some 38,000 chickens will be culled, the ministry said on Thursday.", "Thursday (Mar 2, 2023)")]
    [InlineData("The ministry said on Thursday that 38,000 chickens will be culled.", "Thursday (Mar 2, 2023)")]
    public void Check_NewBareWeekday_IsShownAsTheDayAReaderMeans(string target, string shown)
    {
        Check(target).Divergences.Should().ContainSingle(d => d.Message.Contains(shown, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NumbersSpelledTheContinentalWay_AreTheSameValues()
    {
        var report = ClaimChecker.Default.Check(
            TestDocuments.Body("Velorin will cut 2,500 jobs after building 1.2 million cars, and its shares rose 4.5%.", "2026-12-02", "source"),
            TestDocuments.Body("Velorin will eliminate 2.500 work places after building 1.200.000 cars, and its share climbed 4,5 percent.", "2026-12-02", "target"));

        report.Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_WeekdayThatDisagrees_IsDateDivergenceWithResolvedDays()
    {
        // Published Sunday, March 5, 2023: "Thursday" is March 2; the source's March 3 was a Friday.
        var (report, target) = Run("Marieke de Vries told a press conference in Rotterdam on Thursday.");

        ShouldFlag(report, target, DivergenceKind.Date, "Thursday", DivergenceSeverity.High);
        report.Divergences.Single().Message.Should().Be("T0 says Thursday (Mar 2, 2023); S0 says March 3 (a Friday)");
    }

    [Fact]
    public void Check_WeekdayThatAgreesOnceResolved_IsNotADivergence()
    {
        Check("Marieke de Vries told a press conference in Rotterdam on Friday.").Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_WeekdayResolvedAgainstTheTargetsOwnPublicationDate()
    {
        // The same Friday, March 3, seen from a rewrite published a week later, is "last week", not "Friday".
        var report = Check("Marieke de Vries told a press conference in Rotterdam on Friday.", targetPublished: "2023-03-12");

        report.Divergences.Should().ContainSingle(d => d.Kind == DivergenceKind.Date);
    }

    [Theory]
    [InlineData("Forecasters expect temperatures to stay above 30C in most areas on Sunday.", "More than 30 degrees is forecast for most areas tomorrow.", "")]
    [InlineData("More than 30 degrees is forecast for most areas tomorrow.", "Forecasters expect temperatures to stay above 30C in most areas on Sunday.", "")]
    [InlineData("Forecasters expect temperatures to stay above 30C in most areas on Sunday's final day.", "More than 30 degrees is forecast for most areas tomorrow.", "")]
    [InlineData("The record was set in most areas on Sunday.", "The record was set in most areas last Sunday, July 12.", "")]
    [InlineData("Forecasters expect temperatures to stay above 30C in most areas on Monday.", "More than 30 degrees is forecast for most areas tomorrow.", "tomorrow")]
    [InlineData("Forecasters expect temperatures to stay above 30C in most areas on Sunday.", "More than 30 degrees is forecast for most areas on Sunday, July 26.", "July 26")]
    public void Check_WeekdayNamedAlone_SupportsTheLastOrTheNextSuchDay(string source, string target, string flagged)
    {
        // Published Saturday, July 18, 2026: "Sunday" is July 12 looking back and July 19 (tomorrow) looking ahead.
        var report = TestDocuments.CheckPair(source, target, "2026-07-18");

        ShouldFlagOnly(report, flagged);
    }

    [Fact]
    public void Check_MovedDay_IsDateDivergence()
    {
        var (report, target) = Run("Marieke de Vries told a press conference in Rotterdam on March 1.");

        ShouldFlag(report, target, DivergenceKind.Date, "March 1", DivergenceSeverity.High);
    }

    [Fact]
    public void Check_SwappedPerson_IsEntityDivergence()
    {
        var (report, target) = Run("Minister Hans Verbeek opened one terminal at the Delta Gate complex.");

        ShouldFlag(report, target, DivergenceKind.Entity, "Hans Verbeek", DivergenceSeverity.Medium);
    }

    [Theory]
    [InlineData("Jansen opened one terminal at the Delta Gate complex.")]
    [InlineData("The Fed kept rates on hold.")]
    [InlineData("Minister Jansen opened one terminal at the Delta Gate complex.")]
    public void Check_NameVariants_AreNotDivergences(string target)
    {
        Check(target).Divergences.Should().BeEmpty();
    }

    [Theory]
    [InlineData("President Barack Obama met the press in Boston. He said the deal was good.", "Mr. Obama met the press in Boston.")]
    [InlineData("Mr. Obama met the press in Boston. He said the deal was good.", "Barack Obama met the press in Boston.")]
    [InlineData("Barack Obama met the press in Boston. Obama said the deal was good.", "Obama met the press in Boston.")]
    public void Check_ObamaVariants_AreAtMostLow(string source, string target)
    {
        var report = ClaimChecker.Default.Check(TestDocuments.Body(source, "2016-05-02"), TestDocuments.Body(target, "2016-05-02"));

        report.Divergences.Should().NotContain(d => d.Kind != DivergenceKind.Entity || d.Severity != DivergenceSeverity.Low);
    }

    [Fact]
    public void Check_FullerNameThanTheSource_IsAtMostLow()
    {
        var report = Check("Sofie Claes said the Federal Reserve Bank kept rates on hold.");

        report.Divergences.Should().NotContain(d => d.Severity != DivergenceSeverity.Low);
    }

    [Theory]
    [InlineData("Net profit climbed 11% to 512 million euros, Xinhua reported.")]
    [InlineData("According to CCTV, net profit climbed 11% to 512 million euros.")]
    [InlineData("Net profit climbed 11% to 512 million euros, state broadcaster CCTV reported.")]
    [InlineData("Net profit climbed 11% to 512 million euros, Harbor News Agency said.")]
    [InlineData("Net profit climbed 11% to 512 million euros, Marieke de Vries told Reuters.")]
    public void Check_OutletAndWireCredits_AreNotClaims(string target)
    {
        var source = TestDocuments.Body(Wire, "2023-03-05", "source");
        var credited = Corpus.Parse("Updated: March 5, 2023 10:00 Harbor News Agency\n\n" + Wire, "source");
        credited.Outlet.Should().Be("Harbor News Agency");

        ClaimChecker.Default.Check(credited, TestDocuments.Body(target, "2023-03-05", "target")).Divergences.Should().BeEmpty();
        if (!target.Contains("Harbor", StringComparison.Ordinal))
        {
            ClaimChecker.Default.Check(source, TestDocuments.Body(target, "2023-03-05", "target")).Divergences.Should().BeEmpty();
        }
    }

    [Fact]
    public void Check_SentenceWithSeveralNewFacts_IsOneAdditionListingThem()
    {
        var (report, target) = Run("Net profit climbed 11% to 512 million euros, against a loss of 40 million euros in 2014 under chief Erik Jonker.");

        var addition = report.Divergences.Should().ContainSingle(string.Join(" | ", report.Divergences.Select(d => d.Message))).Subject;
        addition.Relation.Should().Be(DivergenceRelation.Adds);
        addition.Kind.Should().Be(DivergenceKind.Unsupported);
        addition.Severity.Should().Be(DivergenceSeverity.Low);
        addition.Facts.Should().BeEquivalentTo("40 million euros", "2014", "Erik Jonker");
        addition.Message.Should().StartWith("T0 adds ").And.Contain("the source gives no such").And.Contain("S1");
        target.Text[addition.TargetSpan.Start..addition.TargetSpan.End].Should().StartWith("40 million euros").And.EndWith("Erik Jonker");
    }

    [Fact]
    public void Check_BackgroundSentence_IsOneAdditionQuotingItAndNamingTheClosestSource()
    {
        var (report, target) = Run("The Maasvlakte is a stretch of land reclaimed from the North Sea in 2013, west of the city of Rotterdam, by seven dredging companies.");

        var addition = report.Divergences.Should().ContainSingle().Subject;
        addition.Background.Should().BeTrue();
        addition.TargetSpan.Should().Be(target.Sentences[0].Span);
        addition.Facts.Should().Contain(["2013", "seven"]);
        addition.Message.Should().Contain("adds background the source does not report").And.Contain("\"The Maasvlakte").And.Contain("no source sentence supports it");
    }

    [Fact]
    public void Check_ContradictionsAndAdditions_RankContradictionsFirst()
    {
        var (report, _) = Run(
            "The Maasvlakte was reclaimed from the North Sea in 2013 by seven dredging companies working for Erik Jonker. "
            + "Net profit climbed 11% to 521 million euros, while the authority plans to invest $3.2 billion over five years.");

        report.Divergences.Select(d => d.Relation).Should().Equal(DivergenceRelation.Contradicts, DivergenceRelation.Adds);
        report.Divergences[0].Severity.Should().Be(DivergenceSeverity.High);
        report.Divergences[0].TargetSentence.Should().Be(1);
    }

    [Theory]
    [InlineData("Net profit climbed 11% to 521 million euros.", DivergenceKind.Number, DivergenceSeverity.High)]
    [InlineData("Chief executive Marieke de Vries told a press conference in Rotterdam on March 1.", DivergenceKind.Date, DivergenceSeverity.High)]
    [InlineData("The government would also fund the second and third terminals.", DivergenceKind.Negation, DivergenceSeverity.High)]
    [InlineData("“Hydrogen does not stop at the border,” Pieter Jansen said.", DivergenceKind.Attribution, DivergenceSeverity.High)]
    [InlineData("Minister Hans Verbeek opened one terminal at the Delta Gate complex.", DivergenceKind.Entity, DivergenceSeverity.Medium)]
    [InlineData("Xi inspected financial institutions in the city.", DivergenceKind.Quantity, DivergenceSeverity.Medium)]
    public void Check_EachContradictionKind_HasTheSeverityOfTheRule(string target, DivergenceKind kind, DivergenceSeverity severity)
    {
        var report = Check(target);

        var hit = report.Divergences.Should().ContainSingle(d => d.Kind == kind).Subject;
        hit.Relation.Should().Be(DivergenceRelation.Contradicts);
        hit.Severity.Should().Be(severity);
        hit.SourceSentences.Should().ContainSingle();
        hit.Message.Should().MatchRegex(@"^T0 says .+; S\d+ says .+");
    }

    [Fact]
    public void Check_DescriptionInsteadOfName_IsNotADivergence()
    {
        Check("The central bank kept rates on hold.").Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_SingularBecomesPlural_IsQuantityDivergence()
    {
        var (report, target) = Run("Xi visited financial institutions in the city.");

        ShouldFlag(report, target, DivergenceKind.Quantity, "financial institutions", DivergenceSeverity.Medium);
        report.Divergences.Single().Message.Should().Be("T0 says financial institutions (more than one); S4 says a financial institution (one)");
    }

    [Fact]
    public void Check_OneTerminalBecomesTerminals_IsQuantityDivergence()
    {
        var (report, target) = Run("Minister Pieter Jansen opened new terminals at the Delta Gate complex.");

        ShouldFlag(report, target, DivergenceKind.Quantity, "terminals");
    }

    [Theory]
    [InlineData(null, 1.0, true)]
    [InlineData(5.0, 20.0, true)]
    [InlineData(20.0, 300.0, true)]
    [InlineData(30.0, 300.0, false)]
    [InlineData(1.0, 5.0, false)]
    [InlineData(double.PositiveInfinity, 5.0, false)]
    [InlineData(0.0, 5.0, false)]
    [InlineData(12.0, 30.0, true)]
    public void CompatibleQuantities_VagueAgreesMagnitudesDoNot(double? source, double? target, bool expected)
    {
        ClaimChecker.CompatibleQuantities(source, target).Should().Be(expected);
    }

    [Fact]
    public void Check_DozensBecomeHundreds_IsQuantityDivergence()
    {
        var source = TestDocuments.Body("Dozens of workers protested at the terminal gates on Monday.", "2023-03-05", "source");
        var target = TestDocuments.Body("Hundreds of workers protested at the terminal gates on Monday.", "2023-03-05", "target");

        var report = ClaimChecker.Default.Check(source, target);

        report.Divergences.Should().ContainSingle(d => d.Kind == DivergenceKind.Quantity).Which.Message.Should().Be("T0 says Hundreds of workers; S0 says Dozens of workers");
    }

    [Fact]
    public void Check_ManyForHundreds_IsNotAQuantityDivergence()
    {
        var source = TestDocuments.Body("Hundreds of workers protested at the terminal gates on Monday.", "2023-03-05", "source");
        var target = TestDocuments.Body("Many workers protested at the terminal gates on Monday.", "2023-03-05", "target");

        ClaimChecker.Default.Check(source, target).Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_SameCountInOtherWords_IsNotAQuantityDivergence()
    {
        Check("Xi inspected one financial institution in the city.").Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_DroppedNegation_IsHighNegationDivergence()
    {
        var (report, target) = Run("The government would also fund the second and third terminals.");

        ShouldFlag(report, target, DivergenceKind.Negation, "fund", DivergenceSeverity.High);
    }

    [Fact]
    public void Check_AddedNegation_IsNegationDivergence()
    {
        var (report, target) = Run("Minister Pieter Jansen did not open one terminal at the Delta Gate complex.");

        ShouldFlag(report, target, DivergenceKind.Negation, "did not");
    }

    [Fact]
    public void Check_NegationKeptInOtherWords_IsNotADivergence()
    {
        Check("The government would not pay for the second and third terminals.").Divergences.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Can the university or any of the fraternities on campus sue for defamation?", "The university and the fraternities on campus can sue for defamation.", true)]
    [InlineData("Will the council close the Elm Street library next year?", "The council will close the Elm Street library next year.", true)]
    [InlineData("\"Will the council close the Elm Street library next year?\"", "The council will close the Elm Street library next year.", true)]
    [InlineData("Can the university or any of the fraternities on campus sue for defamation?", "It is unclear whether the fraternities on campus can sue for defamation.", false)]
    [InlineData("Can the university or any of the fraternities on campus sue for defamation?", "Can the fraternities on campus sue for defamation?", false)]
    [InlineData("The university and the fraternities on campus can sue for defamation.", "The university and the fraternities on campus can sue for defamation.", false)]
    public void Check_StatementOfWhatTheSourceOnlyAsks_IsHighUnsupported(string source, string target, bool flagged)
    {
        var report = TestDocuments.CheckPair(source, target);

        var asked = report.Divergences.Where(d => d.Message.Contains("only asks", StringComparison.Ordinal)).ToList();
        if (flagged)
        {
            asked.Should().ContainSingle().Which.Should().Match<Divergence>(d => d.Kind == DivergenceKind.Unsupported && d.Severity == DivergenceSeverity.High);
            ClaimChecker.Default.IsConsistent(report.Consistency).Should().BeFalse();
        }
        else
        {
            asked.Should().BeEmpty();
        }
    }

    [Fact]
    public void Check_QuoteGivenToAnotherNamedSpeaker_IsAttributionDivergence()
    {
        var (report, target) = Run("“Hydrogen does not stop at the border,” Marieke de Vries said.");

        ShouldFlag(report, target, DivergenceKind.Attribution, "Marieke de Vries said", DivergenceSeverity.High);
    }

    [Theory]
    [InlineData("“Hydrogen does not stop at the border,” Sofie Claes said.")]
    [InlineData("“Hydrogen does not stop at the border,” Claes told reporters.")]
    [InlineData("“Hydrogen does not stop at the border,” the minister said.")]
    public void Check_SameOrUnnamedSpeaker_IsNotAnAttributionDivergence(string target)
    {
        Check(target).Divergences.Should().NotContain(d => d.Kind == DivergenceKind.Attribution);
    }

    [Theory]
    [InlineData("Chief executive Margaret Oyelaran said the deal united \"two businesses with deep roots in farming\".", false)]
    [InlineData("Chairman David Pell said the deal united \"two businesses with deep roots in farming\".", true)]
    public void Check_QuoteFromACompanysNamedOfficer_IsFlaggedOnlyForAnotherSpeaker(string target, bool flagged)
    {
        // The source names the speaker after the possessive and the title; the company is only whose officer she is.
        var report = TestDocuments.CheckPair(
            "Halvorsen agreed to buy Brightwater. \"This brings together two businesses with deep roots in farming,\" said Halvorsen's chief executive, Margaret Oyelaran. Brightwater chairman David Pell welcomed the offer.",
            target);

        report.Divergences.Any(d => d.Kind == DivergenceKind.Attribution).Should().Be(flagged);
    }

    [Fact]
    public void Check_SpeakerNamedWithTheirUnion_IsTheSameSpeakerAndNoNewName()
    {
        var report = TestDocuments.CheckPair(
            "Bus drivers will strike on Tuesday, the Transport Workers' Union said. Union organiser Callum Reid said members had \"not taken this step lightly\".",
            "\"Members have not taken this step lightly,\" said Callum Reid of the Transport Workers' Union.");

        report.Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_ClaimTheSourceNeverMakes_IsUnsupported()
    {
        var (report, target) = Run("The port authority also plans to cut 300 office jobs by 2026 in Lisbon.");

        ShouldFlag(report, target, DivergenceKind.Unsupported, "300");
        ShouldFlag(report, target, DivergenceKind.Unsupported, "2026");
        ShouldFlag(report, target, DivergenceKind.Unsupported, "Lisbon");
        report.Divergences.Should().OnlyContain(d => d.SourceSpan == null && d.TargetSentence == 0);
    }

    [Fact]
    public void Check_SupportElsewhereInTheSource_IsNotADivergence()
    {
        // The figure is in another sentence than the best-matching one: support may sit anywhere in the source.
        Check("Minister Pieter Jansen opened one terminal, part of a $3.2 billion plan.").Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Check_Paraphrase_HasNoDivergencesAndHighConsistency()
    {
        var report = Check("Rotterdam's port authority moved a record 15.2 million TEU in 2023, its chief executive Marieke de Vries said on Friday.");

        report.Divergences.Should().BeEmpty();
        report.Consistency.Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void Check_SourceAgainstItself_IsFullyConsistent()
    {
        var source = TestDocuments.Body(Wire, "2023-03-05");

        var report = ClaimChecker.Default.Check(source, source);

        report.Divergences.Should().BeEmpty();
        report.Consistency.Should().Be(1.0);
        report.SentenceConsistency.Should().OnlyContain(s => s == 1.0);
    }

    [Fact]
    public void Check_DivergenceLowersTheSentenceScore()
    {
        var faithful = Check("Net profit climbed 11% to 512 million euros.");
        var drifted = Check("Net profit climbed 11% to 521 million euros.");

        drifted.SentenceConsistency[0].Should().BeLessThan(faithful.SentenceConsistency[0]);
        drifted.Consistency.Should().BeInRange(0, 1);
    }

    [Fact]
    public void Check_GivenAlignment_ComparesWithThoseSentencesFirst()
    {
        var source = TestDocuments.Body(Wire, "2023-03-05", "source");
        var target = TestDocuments.Body("The authority plans to invest $4.1 billion.", "2023-03-05", "target");

        var report = ClaimChecker.Default.Check(source, target, [[1]]);

        report.Divergences.Should().ContainSingle(d => d.Kind == DivergenceKind.Number).Which.SourceSentences.Should().Equal(1);
    }

    [Fact]
    public void Check_AlignmentOfWrongLength_ThrowsNamingTheCounts()
    {
        var source = TestDocuments.Body(Wire);
        var target = TestDocuments.Body("One sentence. Two sentences.");

        var act = () => ClaimChecker.Default.Check(source, target, [[0]]);

        act.Should().Throw<ArgumentException>().WithMessage("*1 entries*2 sentences*");
    }

    [Fact]
    public void Check_SpansIndexTheOriginalTexts()
    {
        var source = TestDocuments.Body(Wire, "2023-03-05", "source");
        var target = TestDocuments.Body("Intro line.\n\nNet profit climbed 11% to 521 million euros.", "2023-03-05", "target");

        var divergence = ClaimChecker.Default.Check(source, target).Divergences.Single(d => d.Kind == DivergenceKind.Number);

        target.Text[divergence.TargetSpan.Start..divergence.TargetSpan.End].Should().Be("521 million euros");
        source.Text[divergence.SourceSpan!.Value.Start..divergence.SourceSpan.Value.End].Should().Be("512 million euros");
    }

    [Fact]
    public void Options_OutOfRange_ThrowNamingTheOption()
    {
        var act = () => new ClaimChecker(ClaimOptions.Default with { HighPenalty = 1.5 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("HighPenalty");
    }

    [Fact]
    public void Options_NoCandidates_ThrowNamingTheOption()
    {
        var act = () => new ClaimChecker(ClaimOptions.Default with { CandidateSentences = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("CandidateSentences");
    }
}
