using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace CorpusDiff.Language;

/// <summary>
/// The one English lexicon every feature reads: months, weekdays, number words, titles, verbs of saying and function
/// words.
/// Feature-specific lists (the claims' units and quantifiers, the aligner's generic news words, the segmenter's
/// abbreviations) stay with their feature.
/// </summary>
internal static partial class English
{
    /// <summary>Month names and their abbreviations (<c>sept</c> and <c>sep</c> both), case-insensitive, to 1–12.</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Weekday names, case-insensitive.</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Number words from zero to twenty, the round tens and <c>dozen</c>, case-insensitive, to their values.</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a number word (<c>nine</c>, <c>dozen</c>) or a hyphenated compound of a round ten and a unit
    /// (<c>forty-one</c>), case-insensitive: what the claims read as a value and the aligner as the digits' term.
    /// </summary>
    /// <param name="word">The token's text.</param>
    /// <param name="value">The value read, or 0.</param>
    /// <returns>Whether <paramref name="word"/> is a number word.</returns>
    public static bool TryNumberWord(string word, out int value)
    {
        if (NumberWords.TryGetValue(word, out value))
        {
            return true;
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        var lookup = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (dash > 0 && lookup.TryGetValue(word.AsSpan(0, dash), out var tens) && tens >= 20 && tens % 10 == 0
            && lookup.TryGetValue(word.AsSpan(dash + 1), out var ones) && ones is > 0 and < 10)
        {
            value = tens + ones;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// The temperature scale a unit written after a number names: <c>°C</c> for <c>C</c>, <c>°C</c>, <c>Celsius</c>,
    /// <c>centigrade</c>; <c>°F</c> for <c>F</c>, <c>°F</c>, <c>Fahrenheit</c>; <see langword="null"/> for anything else.
    /// <c>degrees</c> alone names no scale (<see cref="IsDegreeWord"/>).
    /// </summary>
    /// <param name="unit">The unit as written, in any case.</param>
    /// <returns><c>°C</c>, <c>°F</c> or <see langword="null"/>.</returns>
    public static string? TemperatureScale(ReadOnlySpan<char> unit)
    {
        if (unit.StartsWith("°"))
        {
            unit = unit[1..];
        }

        return unit.Equals("c", StringComparison.OrdinalIgnoreCase) || unit.Equals("celsius", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("centigrade", StringComparison.OrdinalIgnoreCase) ? Celsius
            : unit.Equals("f", StringComparison.OrdinalIgnoreCase) || unit.Equals("fahrenheit", StringComparison.OrdinalIgnoreCase) ? Fahrenheit
            : null;
    }

    /// <summary>The Celsius scale as <see cref="TemperatureScale"/> names it.</summary>
    public const string Celsius = "°C";

    /// <summary>The Fahrenheit scale as <see cref="TemperatureScale"/> names it.</summary>
    public const string Fahrenheit = "°F";

    /// <summary>Whether a word is <c>degrees</c> or <c>degree</c> (a temperature when no angle is meant).</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it is the word.</returns>
    public static bool IsDegreeWord(ReadOnlySpan<char> word) =>
        word.Equals("degrees", StringComparison.OrdinalIgnoreCase) || word.Equals("degree", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that mark a clock time written with a point and no meridiem as one (<c>at 14.30 GMT</c>, <c>14.30 hours</c>).</summary>
    private static readonly FrozenSet<string> ClockZones = FrozenSet.ToFrozenSet(
        ["gmt", "bst", "utc", "cet", "cest", "local", "hours", "hrs", "h", "uhr"], StringComparer.Ordinal);

    /// <summary>Words before a clock time that say it is one (<c>at</c>, <c>until</c>, <c>shortly after</c>).</summary>
    private static readonly FrozenSet<string> ClockLeads = FrozenSet.ToFrozenSet(
        ["at", "from", "until", "till", "by", "before", "after", "around", "about", "since"], StringComparer.Ordinal);

    /// <summary>
    /// Reads a clock time of the 24-hour day written with a point and no meridiem, as British and continental copy
    /// writes it (<c>at 14.30</c>, <c>until 09.15</c>, <c>at 8.05 GMT</c>), in minutes after midnight. Alone it is as
    /// often a price (<c>closed at 7.40</c>), so it is read as a time only after a word that leads to one
    /// (<see cref="ClockLeads"/>) and only when nothing but a clock writes it so: an hour of 13 to 23, an hour with a
    /// leading zero, or a time zone or <c>hours</c> after it (<see cref="ClockZones"/>); never before a currency or a
    /// share (<c>at 14.30 euros</c>).
    /// </summary>
    /// <param name="clock">The number token's text (<c>14.30</c>).</param>
    /// <param name="before">The word before it, lower case, or empty.</param>
    /// <param name="after">The word after it, lower case, or empty.</param>
    /// <returns>The minutes after midnight, or <see langword="null"/>.</returns>
    public static int? PointClock(ReadOnlySpan<char> clock, string before, string after)
    {
        if (clock.Length is < 4 or > 5 || clock[^3] != '.' || !ClockLeads.Contains(before)
            || CurrencyWords.ContainsKey(after) || after is "percent" or "per" or "pct"
            || !int.TryParse(clock[..^3], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(clock[^2..], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || hour > 23 || minute > 59)
        {
            return null;
        }

        return hour >= 13 || (clock[0] == '0' && clock.Length == 5) || ClockZones.Contains(after) ? (hour * 60) + minute : null;
    }

    /// <summary>
    /// Reads a clock time, in minutes after midnight: <c>7.40am</c>, <c>7:40pm</c>, <c>3am</c>, <c>07:40</c>,
    /// <c>19:05</c>; <see langword="null"/> for anything else (<c>7.40</c> alone is as often a price or a score, and
    /// <c>3</c> alone a count). The meridiem may be given apart (<paramref name="meridiem"/>: <c>am</c>, <c>p.m.</c>).
    /// </summary>
    /// <param name="clock">The time as written, with or without its meridiem.</param>
    /// <param name="meridiem">A meridiem written as its own word, or empty.</param>
    /// <returns>The minutes after midnight, or <see langword="null"/>.</returns>
    public static int? TimeOfDay(ReadOnlySpan<char> clock, ReadOnlySpan<char> meridiem = default)
    {
        if (meridiem.IsEmpty && clock.Length > 2 && char.IsAsciiLetter(clock[^1]))
        {
            meridiem = clock[^2..];
            clock = clock[..^2];
        }

        var half = Meridiem(meridiem);
        var pm = half == "pm";
        var am = half == "am";
        if (!meridiem.IsEmpty && !am && !pm)
        {
            return null;
        }

        var separator = clock.IndexOfAny(':', '.');
        int hour;
        var minute = 0;
        if (separator < 0)
        {
            // "3am", "11 pm": the hour alone, only with its meridiem.
            if ((!am && !pm) || clock.Length is 0 or > 2 || !int.TryParse(clock, NumberStyles.None, CultureInfo.InvariantCulture, out hour))
            {
                return null;
            }
        }
        else if (separator is > 2 || clock.Length != separator + 3 || (!am && !pm && clock[separator] != ':')
            || !int.TryParse(clock[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            || !int.TryParse(clock[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
            || separator == 0 || minute > 59)
        {
            return null;
        }

        if (hour > (am || pm ? 12 : 23) || (hour == 0 && (am || pm)))
        {
            return null;
        }

        hour = pm && hour < 12 ? hour + 12 : am && hour == 12 ? 0 : hour;
        return (hour * 60) + minute;
    }

    /// <summary>Reads a meridiem in any of its spellings (<c>pm</c>, <c>p.m.</c>, <c>p.m</c>) as <c>am</c> or <c>pm</c>; empty for any other word.</summary>
    /// <param name="word">The word, lower case.</param>
    /// <returns><c>am</c>, <c>pm</c> or empty.</returns>
    public static string Meridiem(ReadOnlySpan<char> word) => word switch
    {
        "am" or "a.m." or "a.m" => "am",
        "pm" or "p.m." or "p.m" => "pm",
        _ => string.Empty,
    };

    /// <summary>Writes minutes after midnight as a 24-hour clock time (<c>7:40</c>, <c>19:05</c>).</summary>
    /// <param name="minutes">The minutes after midnight.</param>
    /// <returns>The time as text.</returns>
    public static string ClockText(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}:{minutes % 60:00}");

    /// <summary>
    /// Scale words and their short forms (<c>billion</c>, <c>bn</c>, <c>m</c>), case-insensitive, to their factors: the
    /// claims read <c>$5bn</c> and <c>5 billion dollars</c> as one value, the aligner as one pair of terms.
    /// </summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["m"] = 1e6, ["mn"] = 1e6,
        ["mln"] = 1e6, ["billion"] = 1e9, ["bn"] = 1e9, ["bln"] = 1e9, ["b"] = 1e9, ["trillion"] = 1e12, ["tn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Units of time as the head noun of a count (<c>48 hours</c>, <c>two days</c>, singular), to their length on one of two
    /// ladders: clock units in seconds, calendar units in months. The ladders do not meet, since a month has no fixed
    /// number of days.
    /// </summary>
    private static readonly FrozenDictionary<string, (bool Calendar, double Length)> Durations =
        new Dictionary<string, (bool Calendar, double Length)>(StringComparer.OrdinalIgnoreCase)
        {
            ["second"] = (false, 1), ["minute"] = (false, 60), ["hour"] = (false, 3_600), ["day"] = (false, 86_400),
            ["week"] = (false, 604_800), ["fortnight"] = (false, 1_209_600),
            ["month"] = (true, 1), ["year"] = (true, 12), ["decade"] = (true, 120), ["century"] = (true, 1_200),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The units of time on the ladders of <see cref="DurationRatio"/>, singular.</summary>
    public static ImmutableArray<string> DurationUnits => Durations.Keys;

    /// <summary>
    /// How many of <paramref name="to"/> one <paramref name="from"/> lasts, when both are units of time on one ladder
    /// (<c>hour</c> to <c>day</c>: 1/24; <c>year</c> to <c>month</c>: 12): a rewrite's <c>two days</c> for the source's
    /// <c>48 hours</c> is one length. <see langword="null"/> for anything else, and for <c>day</c> to <c>month</c>.
    /// </summary>
    /// <param name="from">The unit of the number converted, as a count's singular head noun.</param>
    /// <param name="to">The unit it is converted to.</param>
    /// <returns>The factor, or <see langword="null"/>.</returns>
    public static double? DurationRatio(string? from, string? to) =>
        from is not null && to is not null && Durations.TryGetValue(from, out var a) && Durations.TryGetValue(to, out var b) && a.Calendar == b.Calendar
            ? a.Length / b.Length
            : null;

    /// <summary>
    /// A count of a unit of time as one length on its ladder (<see cref="DurationRatio"/>), the unit singular or plural:
    /// <c>48 hours</c> and <c>two days</c> both last 172,800 seconds, <c>24 months</c> and <c>two years</c> 24 months, so a
    /// rewrite in other units reads as the same length.
    /// </summary>
    /// <param name="count">The number before the unit.</param>
    /// <param name="unit">The unit as written (<c>hours</c>, <c>century</c>, <c>centuries</c>).</param>
    /// <param name="calendar">Whether the length is in months (calendar units) rather than seconds.</param>
    /// <param name="length">The length, or 0.</param>
    /// <returns>Whether <paramref name="unit"/> is a unit of time.</returns>
    public static bool TryDuration(double count, string unit, out bool calendar, out double length)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var span = unit.AsSpan();
        if (DurationSpans.TryGetValue(span, out var found)
            || (span.Length > 1 && (span[^1] == 's' || span[^1] == 'S') && DurationSpans.TryGetValue(span[..^1], out found))
            || (span.Length is > 3 and <= MaxUnitLength && span.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && DurationSpans.TryGetValue(Singular(span, stackalloc char[MaxUnitLength]), out found)))
        {
            calendar = found.Calendar;
            length = count * found.Length;
            return true;
        }

        calendar = false;
        length = 0;
        return false;
    }

    /// <summary>The longest plural in <c>-ies</c> that <see cref="TryDuration"/> makes singular: a longer word is no unit of time.</summary>
    private const int MaxUnitLength = 16;

    /// <summary><see cref="Durations"/> read from spans: <see cref="TryDuration"/> runs for every word after a number.</summary>
    private static readonly FrozenDictionary<string, (bool Calendar, double Length)>.AlternateLookup<ReadOnlySpan<char>> DurationSpans =
        Durations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The singular of a plural in <c>-ies</c> (<c>centuries</c>: <c>century</c>), written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> plural, Span<char> buffer)
    {
        plural[..^3].CopyTo(buffer);
        buffer[plural.Length - 3] = 'y';
        return buffer[..(plural.Length - 2)];
    }

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleSpans = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a scale word or short form counts where it stands: the one-letter forms <c>m</c>, <c>k</c> and <c>b</c>
    /// only after a currency sign (<c>$300m</c>), as <c>300m</c> alone is as often a distance (<c>the 1500m</c>, <c>1.8m
    /// tall</c>).
    /// </summary>
    public static bool TryScale(ReadOnlySpan<char> word, bool afterCurrency, out double factor)
    {
        factor = 0;
        return (word.Length > 1 || afterCurrency) && ScaleSpans.TryGetValue(word, out factor);
    }

    /// <summary>
    /// The full scale word a short form stands for (<c>bn</c>: <c>billion</c>, <c>m</c> after a currency sign:
    /// <c>million</c>), or <see langword="null"/> for a full word or a form that does not count there (<see cref="TryScale"/>).
    /// </summary>
    public static string? FullScale(ReadOnlySpan<char> form, bool afterCurrency) =>
        form.Length <= 3 && TryScale(form, afterCurrency, out var factor)
            ? factor switch { 1e2 => "hundred", 1e3 => "thousand", 1e6 => "million", 1e9 => "billion", _ => "trillion" }
            : null;

    /// <summary>
    /// Currency words written after an amount and the sign a report may write before it instead, the word a rewrite
    /// writes first for each sign listed first; a currency without a sign of its own stands for itself (<c>yuan</c>,
    /// <c>yen</c>: <c>¥</c> is either).
    /// </summary>
    private static readonly (string Word, string Sign)[] Currencies =
    [
        ("dollars", "$"), ("dollar", "$"), ("usd", "$"), ("euros", "€"), ("euro", "€"), ("eur", "€"),
        ("pounds", "£"), ("gbp", "£"), ("yuan", "yuan"), ("yen", "yen"), ("rupees", "rupees"),
    ];

    /// <summary>Currency words written after an amount, case-insensitive, to their sign (<c>pounds</c>: <c>£</c>).</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords =
        Currencies.ToFrozenDictionary(c => c.Word, c => c.Sign, StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency signs to the word a report may write after the amount instead (<c>£</c>: <c>pounds</c>).</summary>
    public static readonly FrozenDictionary<string, string> CurrencySigns = Currencies
        .Where(c => !char.IsLetter(c.Sign[0])).GroupBy(c => c.Sign)
        .ToFrozenDictionary(g => g.Key, g => g.First().Word, StringComparer.Ordinal);

    /// <summary>
    /// Whether a number's unit is a currency: a currency sign (<c>$</c>, <c>₹</c>) or a currency that has no sign of its
    /// own (<c>yuan</c>), as the claims store a currency written as a word.
    /// </summary>
    public static bool IsCurrency(string unit) =>
        (unit.Length == 1 && char.GetUnicodeCategory(unit[0]) == UnicodeCategory.CurrencySymbol) || CurrencyWords.ContainsKey(unit);

    /// <summary>The word a price in pence is counted in, which British copy writes after the number or glued to it as <c>p</c>.</summary>
    public const string Pence = "pence";

    /// <summary>
    /// The length of the amount in a price written in pence with the <c>p</c> glued on (<c>415p</c>, <c>2.5p</c>), which
    /// is <c>415 pence</c>; 0 for any other word. A display height (<c>1080p</c>) reads so too, harmlessly: no report writes
    /// it as pence.
    /// </summary>
    /// <param name="word">A word that may start with digits.</param>
    /// <returns>The number of characters before the <c>p</c>, or 0.</returns>
    public static int PenceAmount(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[^1] is not ('p' or 'P') || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^2]))
        {
            return 0;
        }

        var amount = word[..^1];
        var point = amount.IndexOf('.');
        return amount.IndexOfAnyExcept("0123456789.") < 0 && (point < 0 || (point > 0 && amount[(point + 1)..].IndexOf('.') < 0)) ? amount.Length : 0;
    }

    /// <summary>Words that introduce a person's name and are not part of it.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "vice", "premier",
        "prime", "minister", "secretary", "general", "chairman", "chairwoman", "chair", "governor", "gov", "senator", "sen",
        "rep", "representative", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope", "father",
        "rev", "reverend", "chancellor", "ambassador", "director", "ceo", "chief", "executive", "officer", "commissioner",
        "sheriff", "captain", "capt", "col", "colonel", "lt", "sgt", "sergeant", "gen", "admiral", "coach", "detective",
        "officer", "spokesman", "spokeswoman", "spokesperson", "deputy", "state", "councilman", "councilwoman", "inspector",
        "st",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The most words a title after a possessive has (<c>Halvorsen's head of group communications</c>).</summary>
    public const int MaxTitleWords = 4;

    /// <summary>
    /// Whether a word after a possessive can be part of the title of whoever speaks for its owner (<c>said Northam's
    /// manager, Graham Kettle</c>, <c>Halvorsen's Chief Executive</c>, <c>the club's head of recruitment</c>): a listed
    /// title, <c>of</c> or <c>for</c>, or any lower-case word that is no function word or verb of saying.
    /// </summary>
    /// <param name="word">The word, lower case.</param>
    /// <param name="capitalized">Whether the text writes it with a capital.</param>
    /// <returns>Whether it can stand in the title.</returns>
    public static bool IsTitleWord(string word, bool capitalized) =>
        Titles.Contains(word) || word is "of" or "for" || (!capitalized && word.Length > 1 && char.IsLetter(word[0]) && !FunctionWords.Contains(word) && !SpeechVerbs.Contains(word));

    /// <summary>Verbs of saying: they mark attribution (claims) and the speaker before them (event signals).</summary>
    public static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "explained", "explains", "claimed",
        "claims", "insisted", "insists", "wrote", "writes", "tweeted", "announced", "announces", "confirmed", "confirms",
        "warned", "warns", "argued", "argues", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
        "emphasizes", "urged", "urges", "revealed", "reveals", "admitted", "admits", "reported", "reports", "asked",
        "asks", "pointed", "replied", "recalled", "acknowledged", "declared", "described", "called",
        "highlighted", "underlined", "concluded", "outlined",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Month names that are ordinary words too (<c>may</c>, <c>march</c>) or short forms: read as a month only with a day
    /// or a year, never named alone.
    /// </summary>
    public static readonly FrozenSet<string> AmbiguousMonths = FrozenSet.ToFrozenSet(
        ["may", "march", "jan", "mar", "jun", "jul", "aug", "sep", "oct", "dec"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a month named alone that make it a date (<c>in September</c>, <c>since March</c>, <c>early July</c>).</summary>
    public static readonly FrozenSet<string> MonthAloneLeads = FrozenSet.ToFrozenSet(
        ["in", "last", "next", "this", "early", "late", "mid", "since", "until", "of"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that put what follows them in the days ahead of publication: modals and verbs of plan or forecast
    /// (<c>could be cut off until Thursday</c>, <c>expected to reconnect … by Tuesday evening</c>).
    /// </summary>
    public static readonly FrozenSet<string> FutureMarkers = FrozenSet.ToFrozenSet(
    [
        "will", "would", "could", "may", "might", "shall", "expect", "expects", "expected", "hope", "hopes", "hoped",
        "plan", "plans", "planned", "due", "scheduled", "forecast", "forecasts",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Object pronouns: the only objects English puts between a phrasal verb and its particle as a rule (<c>called it
    /// off</c>, not <c>called off it</c>).
    /// </summary>
    public static readonly FrozenSet<string> ObjectPronouns = FrozenSet.ToFrozenSet(
        ["it", "them", "him", "her", "us", "me", "you"], StringComparer.Ordinal);

    /// <summary>
    /// Words that round a figure or a length before it (<c>nearly 20 per cent</c>, <c>about a year</c>,
    /// <c>roughly a third</c>).
    /// </summary>
    public static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(
    [
        "about", "around", "roughly", "approximately", "approx", "nearly", "almost", "some", "estimated", "upwards",
        "upward", "barely", "half",
    ], StringComparer.Ordinal);

    /// <summary>Function words: they carry little support and never head a quantified noun phrase.</summary>
    public static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "and", "or", "but", "is", "was",
        "were", "are", "be", "been", "being", "it", "its", "that", "this", "these", "those", "he", "she", "they", "his",
        "her", "their", "them", "him", "we", "our", "us", "you", "your", "i", "me", "my", "which", "who", "whom", "whose",
        "what", "when", "where", "while", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "do", "does", "did", "so", "if", "than", "then", "there", "here", "also", "into", "about", "over", "after",
        "before", "during", "such", "not", "no", "all", "more", "most", "some", "any", "each", "other", "up", "out",
        "said", "says", "just", "very", "too", "only", "own", "same", "both", "through", "under", "again", "further",
        "once", "because", "until", "against", "between", "above", "below", "down", "off", "why", "how", "nor", "s",
    ], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthSpans = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the month (1–12) of a month name or abbreviation, or 0.</summary>
    public static int Month(ReadOnlySpan<char> name) => MonthSpans.TryGetValue(name, out var month) ? month : 0;
}
