using System.Globalization;
using CorpusDiff.Language;

namespace CorpusDiff.Tests.Language;

public class EnglishTests
{
    [Theory]
    [InlineData("nine", 9)]
    [InlineData("Nine", 9)]
    [InlineData("dozen", 12)]
    [InlineData("forty-one", 41)]
    [InlineData("Ninety-nine", 99)]
    [InlineData("twenty-one", 21)]
    public void TryNumberWord_NumberWord_ReadsItsValue(string word, int expected)
    {
        English.TryNumberWord(word, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("3,000", "3000")]
    [InlineData("12,000,000", "12000000")]
    [InlineData("1,250.5", "1250.5")]
    [InlineData("3,000%", "3000%")]
    [InlineData("3000", "3000")]
    public void Ungrouped_NumberToken_DropsItsThousandsSeparators(string text, string expected) =>
        English.Ungrouped(text).Should().Be(expected);

    [Theory]
    [InlineData("1.200.000", false, "1,200,000")]
    [InlineData("2.500,75", false, "2,500.75")]
    [InlineData("4,5", false, "4.5")]
    [InlineData("4,5%", false, "4.5%")]
    [InlineData("-4,5", false, "-4.5")]
    [InlineData("3 000", false, "3,000")]
    [InlineData("1 250 000,5", false, "1,250,000.5")]
    [InlineData("3.000", false, "3,000")]
    [InlineData("2.500", true, "2,500")]
    [InlineData("2.500", false, "2.500")]
    [InlineData("1.125", false, "1.125")]
    [InlineData("0.125", true, "0.125")]
    [InlineData("1,250.5", true, "1,250.5")]
    [InlineData("1,250.000", true, "1,250.000")]
    [InlineData("1,250", true, "1,250")]
    [InlineData("3.14", true, "3.14")]
    [InlineData("12th", true, "12th")]
    public void EnglishDigits_Number_WritesItsMarksTheEnglishWay(string text, bool pointsGroup, string expected) =>
        English.EnglishDigits(text, pointsGroup).Should().Be(expected);

    [Theory]
    [InlineData("1.200.000", true)]
    [InlineData("4,5", true)]
    [InlineData("2.500,75", true)]
    [InlineData("3 000,5", true)]
    [InlineData("2.500", false)]
    [InlineData("3.000", false)]
    [InlineData("3,000", false)]
    [InlineData("1,250.5", false)]
    [InlineData("3 000", false)]
    [InlineData("12", false)]
    public void ShowsContinentalDigits_Number_IsTrueOnlyForMarksNoEnglishWriterUses(string text, bool expected) =>
        English.ShowsContinentalDigits(text).Should().Be(expected);

    [Fact]
    public void EnglishDigits_RandomNumbersInBothStyles_ReadAsTheSameEnglishSpelling()
    {
        var random = new Random(20261203);
        var continental = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        continental.NumberGroupSeparator = ".";
        continental.NumberDecimalSeparator = ",";
        for (var n = 0; n < 2000; n++)
        {
            var value = Math.Round(random.NextDouble() * Math.Pow(10, random.Next(1, 10)), random.Next(0, 3));
            var format = "N" + random.Next(0, 3).ToString(CultureInfo.InvariantCulture);
            var english = value.ToString(format, CultureInfo.InvariantCulture);

            English.EnglishDigits(english, pointsGroup: false).Should().BeSameAs(english, "an English number is left as it is");
            English.EnglishDigits(value.ToString(format, continental), pointsGroup: true).Should().Be(english);
        }
    }

    [Theory]
    [InlineData("14.30", "at", "", 870)]
    [InlineData("09.15", "until", "", 555)]
    [InlineData("8.05", "at", "gmt", 485)]
    [InlineData("23.59", "by", "local", 1439)]
    [InlineData("7.40", "at", "", null)] // a price as often as a time
    [InlineData("14.30", "to", "", null)] // "rose to 14.30"
    [InlineData("14.30", "at", "euros", null)]
    [InlineData("14.30", "at", "percent", null)]
    [InlineData("24.10", "at", "", null)]
    [InlineData("14.75", "at", "", null)]
    [InlineData("14.3", "at", "", null)]
    public void PointClock_NumberAfterAWordOfTime_IsATimeOnlyWhereNothingElseWritesItSo(string clock, string before, string after, int? minutes) =>
        English.PointClock(clock, before, after).Should().Be(minutes);

    [Theory]
    [InlineData("nine-year")]
    [InlineData("forty-ten")]
    [InlineData("nine-one")]
    [InlineData("forty-")]
    [InlineData("-one")]
    [InlineData("well-known")]
    [InlineData("fortyone")]
    public void TryNumberWord_NotANumberWord_IsFalse(string word)
    {
        English.TryNumberWord(word, out var value).Should().BeFalse();
        value.Should().Be(0);
    }

    [Theory]
    [InlineData("$")]
    [InlineData("₹")]
    [InlineData("yuan")]
    [InlineData("yen")]
    [InlineData("rupees")]
    public void IsCurrency_CurrencySignOrWord_IsTrue(string unit) => English.IsCurrency(unit).Should().BeTrue();

    [Theory]
    [InlineData("%")]
    [InlineData("ordinal")]
    [InlineData("#")]
    [InlineData("people")]
    public void IsCurrency_OtherUnit_IsFalse(string unit) => English.IsCurrency(unit).Should().BeFalse();

    [Theory]
    [InlineData("bn", false, 1e9)]
    [InlineData("mln", false, 1e6)]
    [InlineData("m", true, 1e6)]
    [InlineData("K", true, 1e3)]
    [InlineData("billion", false, 1e9)]
    public void TryScale_ScaleWhereItCounts_ReadsItsFactor(string word, bool afterCurrency, double expected)
    {
        English.TryScale(word, afterCurrency, out var factor).Should().BeTrue();
        factor.Should().Be(expected);
    }

    [Theory]
    [InlineData("m")]
    [InlineData("k")]
    [InlineData("b")]
    [InlineData("metres")]
    public void TryScale_OneLetterWithoutCurrencyOrNoScale_IsFalse(string word) =>
        English.TryScale(word, afterCurrency: false, out _).Should().BeFalse();

    [Theory]
    [InlineData("bn", false, "billion")]
    [InlineData("mn", false, "million")]
    [InlineData("m", true, "million")]
    [InlineData("k", true, "thousand")]
    [InlineData("tn", false, "trillion")]
    public void FullScale_ShortForm_IsTheFullWord(string form, bool afterCurrency, string expected) =>
        English.FullScale(form, afterCurrency).Should().Be(expected);

    [Theory]
    [InlineData("million", true)]
    [InlineData("m", false)]
    [InlineData("km", true)]
    public void FullScale_FullWordOrNoScaleThere_IsNull(string form, bool afterCurrency) =>
        English.FullScale(form, afterCurrency).Should().BeNull();

    [Fact]
    public void TryNumberWord_EveryRoundTenWithEveryUnit_ReadsTheirSum()
    {
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var t = 0; t < tens.Length; t++)
        {
            for (var u = 0; u < units.Length; u++)
            {
                English.TryNumberWord($"{tens[t]}-{units[u]}", out var value).Should().BeTrue();
                value.Should().Be((t + 2) * 10 + u + 1);
            }
        }
    }

    [Theory]
    [InlineData("7.40am", "", 460)]
    [InlineData("7:40pm", "", 1180)]
    [InlineData("07:40", "", 460)]
    [InlineData("19:05", "", 1145)]
    [InlineData("3am", "", 180)]
    [InlineData("12am", "", 0)]
    [InlineData("12pm", "", 720)]
    [InlineData("11", "pm", 1380)]
    [InlineData("7.05", "p.m.", 1145)]
    public void TimeOfDay_ClockTime_ReadsMinutesAfterMidnight(string clock, string meridiem, int expected) =>
        English.TimeOfDay(clock, meridiem).Should().Be(expected);

    [Theory]
    [InlineData("7.40", "")]
    [InlineData("3", "")]
    [InlineData("13pm", "")]
    [InlineData("0am", "")]
    [InlineData("7:75", "")]
    [InlineData("24:00", "")]
    [InlineData("12th", "")]
    [InlineData("300m", "")]
    [InlineData("7.4am", "")]
    [InlineData("7", "km")]
    public void TimeOfDay_NotAClockTime_IsNull(string clock, string meridiem) =>
        English.TimeOfDay(clock, meridiem).Should().BeNull();

    [Theory]
    [InlineData(48, "hours", false, 172_800)]
    [InlineData(2, "day", false, 172_800)]
    [InlineData(1.5, "Hours", false, 5_400)]
    [InlineData(2, "years", true, 24)]
    [InlineData(3, "centuries", true, 3_600)]
    [InlineData(1, "fortnight", false, 1_209_600)]
    public void TryDuration_UnitOfTime_ReadsOneLengthOnItsLadder(double count, string unit, bool calendar, double length)
    {
        English.TryDuration(count, unit, out var isCalendar, out var value).Should().BeTrue();

        isCalendar.Should().Be(calendar);
        value.Should().Be(length);
    }

    [Theory]
    [InlineData("miles")]
    [InlineData("s")]
    [InlineData("weekdays")]
    [InlineData("pies")]
    public void TryDuration_NotAUnitOfTime_IsFalse(string unit) =>
        English.TryDuration(2, unit, out _, out _).Should().BeFalse();
}
