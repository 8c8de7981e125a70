using System.Globalization;
using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Alignment;

/// <summary>
/// Amounts written in the forms news styles differ on, read as the same terms: <c>12%</c>, <c>12 per cent</c> and
/// <c>12 percent</c>; <c>£2.4bn</c> and <c>2.4 billion pounds</c>; <c>£300m</c> and <c>£300 million</c>;
/// <c>7.40am</c> and <c>07:40</c>; <c>forty-one</c> and <c>41</c>. Without this, a rewrite in another house style shares none of its numbers with the
/// source, and its numbers are what pins it to the event. A share keeps its sign (<c>12%</c>), so it never meets a count
/// or an amount with the same digits.
/// </summary>
internal sealed partial class TermProfile
{
    /// <summary>
    /// The terms token <paramref name="i"/> of <paramref name="sentence"/> stands for when it is written in one of the
    /// forms above (a number term and a word term, either possibly <see langword="null"/>: a currency sign adds its word,
    /// <c>percent</c> after an amount and the <c>cent</c> of <c>per cent</c> add none); <see langword="false"/> for any
    /// other token.
    /// </summary>
    private static bool NumberTerms(Document document, Sentence sentence, int i, out string? first, out string? second)
    {
        first = null;
        second = null;
        var token = document.Tokens[sentence.FirstToken + i];
        var text = token.Text;
        var previous = i > 0 ? document.Tokens[sentence.FirstToken + i - 1] : default;
        var afterCurrency = i > 0 && previous.Kind == TokenKind.Symbol && CurrencyWord(previous.Text) is not null;
        var meridiem = Meridiem(document, sentence, i);
        switch (token.Kind)
        {
            case TokenKind.Number when text.Length > 1 && text[^1] == '%':
                // A share is no count: "fell 4%" is not the "£4m" or "4 shops" of another sentence. "%", "per cent" and
                // "percent" give one term, and the words add none, so no spelling of them counts against a pair.
                first = text;
                return true;

            case TokenKind.Number when PercentAfter(document, sentence, i):
                // "12 percent" and "12 per cent" against "12%".
                first = text + "%";
                return true;

            case TokenKind.Number when TimeOfDay(text + Meridiem(document, sentence, i + 1)) is { } time:
                first = time;
                return true;

            case TokenKind.Number when English.PointClock(text, previous.Text ?? string.Empty, TextAt(document, sentence, i + 1) ?? string.Empty) is { } minutes:
                // "at 14.30" against "at 2.30pm".
                first = English.ClockText(minutes);
                return true;

            case TokenKind.Word when meridiem.Length > 0 && previous.Kind == TokenKind.Number && TimeOfDay(previous.Text + meridiem) is not null:
                // The "pm" of "7:05 pm": read with its number.
                return true;

            case TokenKind.Symbol when CurrencyWord(text) is { } word:
                // "£2.4bn" against "2.4 billion pounds": the sign is read as the word.
                second = word;
                return true;

            case TokenKind.Word when text is "percent" or "pct" && AfterAmount(document, sentence, i, previous):
                // "12 percent" against "12%".
                return true;

            case TokenKind.Word when text == "cent" && previous.Text == "per":
                return true;

            case TokenKind.Word when char.IsAsciiDigit(text[0]) && TimeOfDay(text) is { } time:
                first = time;
                return true;

            case TokenKind.Word when Temperature(text) is { } degrees:
                // "38.7C" against "38.7 degrees Celsius": the number is the evidence, the unit adds no term.
                first = degrees;
                return true;

            case TokenKind.Word when i > 0 && TemperatureUnitAfter(document, sentence, i):
                return true;

            case TokenKind.Word when Share(document, sentence, i) is { } share:
                // "almost a fifth" against "nearly 20 per cent", "nearly a quarter" against "24 percent": a rounded share,
                // which meets the other report's percentages within its rounding (PairModel).
                first = RoundedShare + share.ToString("0.#", CultureInfo.InvariantCulture) + "%";
                return true;

            case TokenKind.Word when SpelledNumber(text) is { } digits:
                first = digits;
                return true;

            case TokenKind.Word when English.PenceAmount(text) is > 0 and var pence:
                // "415p" against "415 pence".
                first = text[..pence];
                second = English.Pence;
                return true;

            case TokenKind.Word when SplitScaled(text, afterCurrency, out var amount, out var scale):
                first = amount;
                second = scale;
                return true;

            case TokenKind.Word when i > 0 && previous.Kind == TokenKind.Number && English.FullScale(text, afterCurrency: false) is { } detached:
                // "2.4 bn", "3 mn": the short form read as the word.
                second = detached;
                return true;

            case TokenKind.Word when i > 0 && DurationTerm(previous, text) is { } length:
                // "two days" against "48 hours": one length, a term both spellings share. The unit stays a term too, as
                // "the 12th minute" and "after 12 minutes" share it.
                first = length;
                second = text;
                return true;

            default:
                return false;
        }
    }

    /// <summary>The mark that starts the term of a share written as a fraction (<c>~20%</c> for <c>a fifth</c>).</summary>
    internal const char RoundedShare = '~';

    /// <summary>
    /// The share in percent that a rounded-share or percentage term stands for (<c>~20%</c>: 20, <c>18%</c>: 18);
    /// <see langword="null"/> for any other term.
    /// </summary>
    /// <param name="term">A number term.</param>
    /// <param name="rounded">Whether the term is a fraction's rounded share (<see cref="RoundedShare"/>).</param>
    internal static double? ShareOf(string term, out bool rounded)
    {
        rounded = term.Length > 0 && term[0] == RoundedShare;
        var from = rounded ? 1 : 0;
        return term.Length > from + 1 && term[^1] == '%'
            && double.TryParse(term.AsSpan(from, term.Length - from - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share)
                ? share
                : null;
    }

    private static double? Share(Document document, Sentence sentence, int i) =>
        TextAt(document, sentence, i - 1) is "a" or "one"
        ? English.FractionShare(
            document.Tokens[sentence.FirstToken + i].Text,
            TextAt(document, sentence, i - 1) ?? string.Empty,
            TextAt(document, sentence, i + 1) ?? string.Empty,
            TextAt(document, sentence, i - 2) ?? string.Empty,
            TextAt(document, sentence, i - 3) ?? string.Empty)
        : null;

    /// <summary>
    /// The digits of a compound number word (<c>forty-one</c>: <c>41</c>), which a style writes where another writes
    /// digits (a sentence may not start with digits). Plain number words (<c>nine</c>) stay words, matched to their
    /// digits through <see cref="NewsParaphrases"/>: read as numbers, <c>the two sides</c> and <c>three of its wards</c>
    /// became facts a sentence had to find in the source, and three held-out stories lost alignments.
    /// </summary>
    private static string? SpelledNumber(string text) =>
        text.Contains('-', StringComparison.Ordinal) && English.TryNumberWord(text, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// The length a count of a unit of time lasts, as a term (<c>172800s</c> for <c>48 hours</c> and <c>two days</c>,
    /// <c>24mo</c> for <c>two years</c>), when <paramref name="previous"/> is a number or a number word and
    /// <paramref name="unit"/> a unit of time; else <see langword="null"/>.
    /// </summary>
    private static string? DurationTerm(Token previous, string unit)
    {
        double count;
        if (previous.Kind == TokenKind.Number)
        {
            if (!double.TryParse(English.Ungrouped(previous.Text), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out count))
            {
                return null;
            }
        }
        else if (previous.Kind == TokenKind.Word && English.TryNumberWord(previous.Text, out var value))
        {
            count = value;
        }
        else
        {
            return null;
        }

        return English.TryDuration(count, unit, out var calendar, out var length)
            ? string.Create(CultureInfo.InvariantCulture, $"{length}{(calendar ? "mo" : "s")}")
            : null;
    }

    /// <summary>Whether a number term is a length (<see cref="DurationTerm"/>): the only number terms that end in a letter.</summary>
    private static bool IsLengthTerm(string term) => char.IsAsciiLetter(term[^1]);

    /// <summary>The number of a temperature written with its scale glued on (<c>38.7C</c>, <c>101F</c>), else <see langword="null"/>.</summary>
    private static string? Temperature(string text)
    {
        var digits = AmountLength(text, thousands: false);
        return digits > 0 && digits == text.Length - 1 && char.IsAsciiDigit(text[digits - 1]) && English.TemperatureScale(text.AsSpan(digits)) is not null
            ? text[..digits]
            : null;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a temperature's unit after its number (<c>degrees</c>, <c>Celsius</c>,
    /// the <c>C</c> of <c>38.7 °C</c>), which adds no term: styles differ on it, the number does not.
    /// </summary>
    private static bool TemperatureUnitAfter(Document document, Sentence sentence, int i)
    {
        var text = document.Tokens[sentence.FirstToken + i].Text;
        var previous = document.Tokens[sentence.FirstToken + i - 1];
        if (English.IsDegreeWord(text))
        {
            return previous.Kind == TokenKind.Number;
        }

        if (English.TemperatureScale(text) is null)
        {
            return false;
        }

        return English.IsDegreeWord(previous.Text) || (previous.Kind == TokenKind.Number
            && (text.Length > 1 || document.Text.AsSpan(previous.End, document.Tokens[sentence.FirstToken + i].Start - previous.End).Contains('°')));
    }

    /// <summary>The word a currency sign stands for, as a rewrite writes it after the amount (<see cref="English.CurrencySigns"/>).</summary>
    private static string? CurrencyWord(string sign) => English.CurrencySigns.GetValueOrDefault(sign);

    /// <summary><c>am</c> or <c>pm</c> when token <paramref name="i"/> of the sentence writes one (<c>pm</c>, <c>p.m.</c>), else empty.</summary>
    private static string Meridiem(Document document, Sentence sentence, int i) =>
        TextAt(document, sentence, i) is { } text ? English.Meridiem(text) : string.Empty;

    /// <summary>Whether the number at token <paramref name="i"/> is followed by <c>percent</c>, <c>pct</c> or <c>per cent</c>.</summary>
    private static bool PercentAfter(Document document, Sentence sentence, int i) =>
        TextAt(document, sentence, i + 1) is "percent" or "pct" || (TextAt(document, sentence, i + 1) == "per" && TextAt(document, sentence, i + 2) == "cent");

    /// <summary>Whether token <paramref name="i"/> follows an amount: a number, or a number and its scale word (<c>2.4 billion pounds</c>).</summary>
    private static bool AfterAmount(Document document, Sentence sentence, int i, Token previous) =>
        i > 0 && (previous.Kind == TokenKind.Number
            || (i > 1 && English.Scales.ContainsKey(previous.Text) && document.Tokens[sentence.FirstToken + i - 2].Kind == TokenKind.Number));

    /// <summary>Splits an amount written with its scale (<c>2.4bn</c>, <c>300m</c> after a currency sign) into the number and the scale word.</summary>
    private static bool SplitScaled(string text, bool afterCurrency, out string amount, out string scale)
    {
        amount = scale = string.Empty;
        var digits = AmountLength(text, thousands: true);
        if (digits == 0 || digits == text.Length || !char.IsAsciiDigit(text[digits - 1]) || English.FullScale(text.AsSpan(digits), afterCurrency) is not { } word)
        {
            return false;
        }

        amount = text[..digits];
        scale = word;
        return true;
    }

    /// <summary>
    /// The length of the amount a word starts with: digits, with decimal points (and thousands commas when
    /// <paramref name="thousands"/>) after the first digit; 0 when it starts with none.
    /// </summary>
    private static int AmountLength(string text, bool thousands)
    {
        var digits = 0;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || (digits > 0 && (text[digits] == '.' || (thousands && text[digits] == ',')))))
        {
            digits++;
        }

        return digits;
    }

    /// <summary>A clock time in one spelling (<c>7:40</c>, <c>19:05</c>) from <c>7.40am</c>, <c>7:40pm</c>, <c>3am</c> or <c>07:40</c> (<see cref="English.TimeOfDay"/>).</summary>
    private static string? TimeOfDay(string s) => English.TimeOfDay(s) is { } minutes ? English.ClockText(minutes) : null;
}
