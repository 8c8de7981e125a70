using System.Globalization;
using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Claims;

/// <summary>Numbers: digits, number words, ordinals, percentages, money and ranges.</summary>
public sealed partial class ClaimExtractor
{
    private static void ExtractNumbers(SentenceContext c, bool[] used, List<Claim> claims)
    {
        for (var i = 0; i < c.Count; i++)
        {
            if (!used[i] && ReadTime(c, i, out var minutes, out var timeLast, out var hourOnly))
            {
                // "7.40am", "07:40", "3 o'clock": a time is a value like a number, compared exactly (7:45 is no rounding of 7:40).
                var written = English.ClockText(minutes);
                claims.Add(c.Claim(ClaimKind.Number, i, timeLast, hourOnly ? $"{written} or {English.ClockText(minutes + 720)}" : written) with
                {
                    Number = minutes, Unit = hourOnly ? HourUnit : TimeUnit,
                });
                Mark(used, i, timeLast);
                i = timeLast;
                continue;
            }

            if (used[i] || !ReadNumber(c, i, out var value, out var last, out var unit))
            {
                continue;
            }

            var first = i;
            string? currency = null;
            if (c.AfterSign(i) && !used[i - 1])
            {
                currency = c.Word(i - 1);
                first = i - 1;
            }

            // Scale words: "3.2 billion", "2.4 bn"; a one-letter form after a currency ("£ 50 m" in tokenised text) or
            // glued to its number.
            if (last + 1 < c.Count
                && English.TryScale(c.Word(last + 1), afterCurrency: currency is not null || c.Tokens[last + 1].Start == c.Tokens[last].End, out var scale)
                && (scale >= 1e3 || c.Word(last + 1) == "hundred"))
            {
                value *= scale;
                last++;
            }

            if (c.Word(last + 1) is "percent" or "pct")
            {
                unit = "%";
                last++;
            }
            else if (c.Word(last + 1) == "per" && c.Word(last + 2) == "cent")
            {
                unit = "%";
                last += 2;
            }
            else if (English.CurrencyWords.TryGetValue(c.Word(last + 1), out var sign))
            {
                currency = sign;
                last++;
            }
            else if (unit is null && currency is null && TemperatureAfter(c, last, out var scale3, out var scaleLast))
            {
                unit = scale3;
                last = scaleLast;
            }

            // Ranges: "12 to 15", "12-15", "between 12 and 15".
            double? upper = null;
            var joiner = last + 1 < c.Count ? c.Word(last + 1) : string.Empty;
            var gap = c.GapAfter(last).Trim();
            // "rose 11% to 512 million" is a change between two numbers, not a range.
            var isChange = IsChangeWord(c.Word(first - 1)) || (c.Word(first - 1) is "by" && IsChangeWord(c.Word(first - 2)));
            var upperAt = joiner == "to" || (joiner == "and" && c.Word(first - 1) == "between") ? last + 2 : gap is "-" or "–" or "—" ? last + 1 : -1;
            if (upperAt > 0 && !isChange && ReadNumber(c, upperAt, out var to, out var toLast, out var toUnit) && toUnit == unit)
            {
                if (value >= 1e3 && toLast + 1 < c.Count && English.TryScale(c.Word(toLast + 1), afterCurrency: currency is not null, out var toScale) && toScale >= 1e3)
                {
                    to *= toScale;
                    toLast++;
                }

                if (to > value)
                {
                    upper = to;
                    last = toLast;
                }
            }

            if (upper is { } u && last + 1 < c.Count && English.TryScale(c.Word(last + 1), afterCurrency: currency is not null, out var scale2) && scale2 >= 1e3)
            {
                value *= value < scale2 ? scale2 : 1;
                upper = u * scale2;
                last++;
            }

            unit = currency ?? unit;

            // "17th-century coins", "the 18th century": a century, which any year in it meets (ClaimChecker).
            if (unit == Ordinal && IsCenturyWord(c.Word(last + 1)))
            {
                unit = Century;
                last++;
            }

            // "a 20-minute walk", "a 10-storey block": a number hyphened to a noun counts that noun, whatever the phrase
            // goes on to name, so it meets the source's "20 minutes".
            var head = upper is null && c.GapAfter(last) is "-" or "\u2010" or "\u2011" && c.Tokens[last + 1].Kind == TokenKind.Word
                ? Morphology.Singular(c.Word(last + 1))
                : HeadNoun(c, last + 1);
            head = SpeedAt(c, last + 1, head) ?? head;
            var text = Format(value) + (upper is { } up ? "-" + Format(up) : string.Empty);
            var normalized = unit switch
            {
                "%" => text + "%",
                null => text,
                Ordinal => text + " (ordinal)",
                Century => text + " (century)",
                Fraction => $"{c.Word(first)} ({Format(Math.Round(value, 1))}%)",
                English.Celsius or English.Fahrenheit => text + unit,
                English.Pence => text + "p",
                Degrees => text + " " + unit,
                _ => unit + " " + text,
            };

            claims.Add(c.Claim(ClaimKind.Number, first, last, normalized) with { Number = value, NumberTo = upper, Unit = unit ?? head });
            for (var k = first; k <= last; k++)
            {
                used[k] = true;
            }

            i = last;
        }
    }

    /// <summary>The <see cref="Claim.Unit"/> of a share written as a fraction (<c>a fifth</c>); its number is the percentage.</summary>
    internal const string Fraction = "% (a fraction)";

    /// <summary>The <see cref="Claim.Unit"/> of an ordinal (<c>12th</c>, <c>the 40th minute</c>); its number is the ordinal.</summary>
    internal const string Ordinal = "ordinal";

    /// <summary>
    /// The <see cref="Claim.Unit"/> of a century written as an ordinal (<c>17th-century</c>); its number is the ordinal.
    /// Not the unit word itself, which would make it a length of time (<c>three centuries</c>) on the duration ladder.
    /// </summary>
    internal const string Century = "ordinal century";

    /// <summary>Whether a word after an ordinal makes it a century rather than a day of the month (<c>the 17th-century</c>).</summary>
    internal static bool IsCenturyWord(string word) => word is "century" or "centuries";

    /// <summary>The <see cref="Claim.Unit"/> of a temperature written in <c>degrees</c> with no scale (<c>30 degrees</c>).</summary>
    internal const string Degrees = "degrees";

    /// <summary>
    /// Reads a temperature's unit after the number at <paramref name="last"/>: <c>°C</c>, <c>degrees</c>, <c>degrees
    /// Celsius</c>, <c>Fahrenheit</c> (the unit glued to the number, <c>38.7C</c>, is read with the number).
    /// </summary>
    private static bool TemperatureAfter(SentenceContext c, int last, out string? scale, out int unitLast)
    {
        scale = null;
        unitLast = last;
        var k = last + 1;
        if (k < c.Count && c.GapAfter(last).Contains('°'))
        {
            // "38.7 °C": the degree sign is no token, the scale is.
            scale = English.TemperatureScale(c.Word(k));
            unitLast = k;
            return scale is not null;
        }

        if (English.IsDegreeWord(c.Word(k)))
        {
            scale = English.TemperatureScale(c.Word(k + 1));
            unitLast = scale is null ? k : k + 1;
            scale ??= Degrees;
            return true;
        }

        // "38.7 Celsius"; a detached single letter ("38.7 C") is too often something else.
        scale = c.Word(k).Length > 1 ? English.TemperatureScale(c.Word(k)) : null;
        unitLast = scale is null ? last : k;
        return scale is not null;
    }

    /// <summary>The <see cref="Claim.Unit"/> of a clock time; its <see cref="Claim.Number"/> is the minutes after midnight.</summary>
    internal const string TimeUnit = "time of day";

    /// <summary>The <see cref="Claim.Unit"/> of an hour that leaves the half of the day open (<c>3 o'clock</c>: 3:00 or 15:00); its number is the morning's.</summary>
    internal const string HourUnit = "time of day, either half";

    /// <summary>
    /// Reads a clock time at token <paramref name="i"/>: <c>7.40am</c>, <c>3am</c>, <c>7:40 pm</c>, <c>07:40</c>
    /// (<see cref="English.TimeOfDay"/>), or <c>3 o'clock</c>, which leaves the half of the day open
    /// (<paramref name="hourOnly"/>: 3:00 or 15:00).
    /// </summary>
    private static bool ReadTime(SentenceContext c, int i, out int minutes, out int last, out bool hourOnly)
    {
        minutes = 0;
        last = i;
        hourOnly = false;
        var token = c.Tokens[i];
        var word = c.Word(i);
        if (word.Length == 0 || !char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        if (token.Kind == TokenKind.Number && i + 1 < c.Count && c.JoinedBySpace(i) && English.Meridiem(c.Word(i + 1)).Length > 0
            && English.TimeOfDay(word, c.Word(i + 1)) is { } separate)
        {
            minutes = separate;
            last = i + 1;
            return true;
        }

        if (token.Kind == TokenKind.Number && word.Length <= 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 1 and <= 12
            && OClockAfter(c, i) is > 0 and var clockLast)
        {
            minutes = hour % 12 * 60;
            last = clockLast;
            hourOnly = true;
            return true;
        }

        if (English.TimeOfDay(word) is { } joined)
        {
            minutes = joined;
            return true;
        }

        if (token.Kind == TokenKind.Number && English.PointClock(word, c.Word(i - 1), c.Word(i + 1)) is { } pointed)
        {
            minutes = pointed;
            return true;
        }

        return false;
    }

    /// <summary>The last token of an <c>o'clock</c> right after token <paramref name="i"/>, however the apostrophe was tokenised; else -1.</summary>
    private static int OClockAfter(SentenceContext c, int i)
    {
        if (c.Word(i + 1) is "o'clock" or "o’clock" or "oclock")
        {
            return i + 1;
        }

        return c.Word(i + 1) == "o" && c.Word(i + 2) == "clock" ? i + 2 : -1;
    }

    /// <summary>Reads a number at token <paramref name="i"/>: digits (with an ordinal suffix) or number words (<c>forty-five</c>).</summary>
    private static bool ReadNumber(SentenceContext c, int i, out double value, out int last, out string? unit)
    {
        value = 0;
        last = i;
        unit = null;
        if (i < 0 || i >= c.Count)
        {
            return false;
        }

        var token = c.Tokens[i];
        var word = token.Text;
        if (token.Kind == TokenKind.Number || (word.Length > 0 && char.IsAsciiDigit(word[0])))
        {
            // "45%", "12th", "1990s" and "3.2bn" may be one token or a number followed by an adjoining suffix token.
            if (!SplitNumber(word, out value, out var suffix) || suffix.Contains('-', StringComparison.Ordinal))
            {
                return false;
            }

            if (suffix.Length == 0 && i + 1 < c.Count && c.Tokens[i + 1].Start == token.End && c.Tokens[i + 1].Kind == TokenKind.Word)
            {
                suffix = c.Word(i + 1);
                last = i + 1;
                if (!IsNumberSuffix(suffix))
                {
                    last = i;
                    suffix = string.Empty;
                }
            }
            else if (suffix.Length == 0 && i + 1 < c.Count && c.Tokens[i + 1].Start == token.End && c.Word(i + 1) is "万" or "亿")
            {
                // Chinese myriads: 1520万 = 15.2 million, 5.12亿 = 512 million.
                value *= c.Word(i + 1) == "万" ? 1e4 : 1e8;
                last = i + 1;
            }

            switch (suffix)
            {
                case "":
                    break;
                case "%":
                    unit = "%";
                    break;
                case "st" or "nd" or "rd" or "th":
                    unit = Ordinal;
                    break;
                case "s":
                    // "1990s": a decade, kept as its first year.
                    break;
                case "p":
                    // "415p": a price in pence, counted as the source's "415 pence" is.
                    unit = English.Pence;
                    break;
                case "c" or "f":
                    // "38.7C", "101F": a temperature.
                    unit = English.TemperatureScale(suffix);
                    break;
                default:
                    if (English.TryScale(suffix, afterCurrency: c.AfterSign(i), out var scale))
                    {
                        value *= scale;
                    }
                    else
                    {
                        return token.Kind == TokenKind.Number && suffix.Length == 0;
                    }

                    break;
            }

            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (Lexicon.Ordinals.TryGetValue(word, out var ordinal) || word == "quarter")
        {
            // "a fifth more calls", "a third of homes", "fell by a quarter": a share, read as a percentage that is met by
            // the source's figure within rounding (Fraction).
            if (English.FractionShare(word, c.Word(i - 1), c.Word(i + 1), c.Word(i - 2), c.Word(i - 3)) is { } share)
            {
                value = share;
                unit = Fraction;
                return true;
            }

            // "first" and "second" are ordinary words far more often than claims; keep ordinals from "third" on.
            if (ordinal < 3)
            {
                return false;
            }

            value = ordinal;
            unit = Ordinal;
            return true;
        }

        if (!English.TryNumberWord(word, out var number))
        {
            return false;
        }

        value = number;

        // "one" and "a" are quantities (grammatical number), not numbers, unless a scale follows ("one million").
        if (value == 1 && !(i + 1 < c.Count && Lexicon.Scales.ContainsKey(c.Word(i + 1))))
        {
            return false;
        }

        if (word == "dozen" && c.Word(i - 1) is "a" or "one")
        {
            return true;
        }

        // "twenty one", "two hundred".
        while (last + 1 < c.Count && English.TryNumberWord(c.Word(last + 1), out var next) && next < 10 && value >= 20 && value % 10 == 0)
        {
            value += next;
            last++;
        }

        if (last + 1 < c.Count && c.Word(last + 1) == "hundred")
        {
            value *= 100;
            last++;
        }

        return true;
    }

    private static bool IsNumberSuffix(string suffix) =>
        suffix is "st" or "nd" or "rd" or "th" or "s" || Lexicon.Scales.ContainsKey(suffix);

    /// <summary>Splits "1,250.5", "45%", "12th", "3.2bn" into a value and a lower-case suffix; false when no digits lead.</summary>
    internal static bool SplitNumber(string text, out double value, out string suffix)
    {
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || ((text[end] is ',' or '.') && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        suffix = text[end..];
        return double.TryParse(English.Ungrouped(text[..end]), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && end > 0;
    }

    /// <summary>The noun a number or quantifier counts: the last word before a function word or punctuation, singular.</summary>
    internal static string? HeadNoun(SentenceContext c, int i)
    {
        string? head = null;
        for (var k = i; k < c.Count && k < i + 4; k++)
        {
            var word = c.Word(k);
            if (c.Tokens[k].Kind != TokenKind.Word || Lexicon.Stopwords.Contains(word) || Lexicon.SpeechVerbs.Contains(word))
            {
                break;
            }

            // A past-tense verb after the noun ends the phrase ("hundreds of people gathered").
            if (head is not null && word.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            head = word;

            // A unit of measure is what the number counts, whatever follows it ("37 mph overnight", "a 5 km stretch").
            if (!c.JoinedBySpace(k) || word.EndsWith('s') || word is "people" or "children" or "men" or "women" or "police" or "staff" or "personnel"
                || English.IsMeasure(word))
            {
                break;
            }
        }

        return head is null ? null : Morphology.Singular(head);
    }

    /// <summary>
    /// The unit of speed a length right after a number makes with an hour after it (<c>60 km/h</c>, <c>37 miles per
    /// hour</c>, <c>40 miles an hour</c>), so a rewrite's speed in the other unit meets it; <see langword="null"/> otherwise.
    /// </summary>
    private static string? SpeedAt(SentenceContext c, int unit, string? head)
    {
        if (head is null || unit >= c.Count || Morphology.Singular(c.Word(unit)) != head || English.SpeedUnit(head) is not { } speed)
        {
            return null;
        }

        var perHour = (c.GapAfter(unit).Trim() is "/" && c.Word(unit + 1) is "h" or "hr")
            || (c.Word(unit + 1) is "per" or "an" or "a" && c.Word(unit + 2) == "hour");
        return perHour ? speed : null;
    }

    private static bool IsChangeWord(string word) => word is "rose" or "rise" or "rises" or "rising" or "fell" or "fall" or "falls" or "falling"
        or "climbed" or "climb" or "grew" or "grow" or "grows" or "increased" or "increase" or "decreased" or "dropped" or "declined" or "jumped"
        or "slipped" or "up" or "down" or "from" or "surged" or "soared" or "slumped" or "gained" or "lost" or "cut" or "raised" or "lowered";

    internal static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
