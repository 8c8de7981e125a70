namespace CorpusDiff.Language;

/// <summary>How a number's digits are written: grouping and decimal marks, in English and in the continental style.</summary>
internal static partial class English
{
    /// <summary>
    /// A number token in English form without its thousands separators (<c>3,000</c>: <c>3000</c>; <c>1,250.5</c>:
    /// <c>1250.5</c>), so the claims read both spellings as one value and the aligner as one term: translated reprints
    /// and many house styles do not group digits. The document model writes every number token in English form
    /// (<see cref="EnglishDigits(string, bool)"/>), and the tokenizer keeps a comma inside it only before exactly three digits
    /// (<c>Documents/Tokenizer</c>), so every comma a number token holds is a separator.
    /// </summary>
    public static string Ungrouped(string text) =>
        text.Contains(',', StringComparison.Ordinal) ? text.Replace(",", string.Empty, StringComparison.Ordinal) : text;

    /// <summary>
    /// Whether a number token shows the continental style of digits, which no English writer uses: points between
    /// groups (<c>1.200.000</c>) or a decimal comma (<c>4,5</c>, <c>2.500,75</c>). A report that shows it once writes
    /// <c>2.500</c> for two thousand five hundred too.
    /// </summary>
    /// <param name="text">The token's normalized text.</param>
    /// <returns>Whether the token's marks read only the continental way.</returns>
    public static bool ShowsContinentalDigits(ReadOnlySpan<char> text)
    {
        var reading = Read(text);
        return reading.Decimal == ',' || reading.Points > 1;
    }

    /// <summary>Whether a number token groups its digits with spaces (<c>14 000</c>, <c>3 000</c> with a no-break space).</summary>
    /// <param name="text">The token's normalized text.</param>
    /// <returns>Whether a space stands between its digits.</returns>
    public static bool GroupsWithSpaces(ReadOnlySpan<char> text) => Read(text).Spaces > 0;

    /// <summary>
    /// Writes a number token's digits the English way: commas between groups of thousands and a point before the decimals
    /// (<c>1.200.000</c>: <c>1,200,000</c>; <c>4,5</c>: <c>4.5</c>; <c>3 000</c>: <c>3,000</c>; <c>2.500,75</c>:
    /// <c>2,500.75</c>); what follows the digits (<c>%</c>, <c>th</c>) is kept. One point before exactly three digits is
    /// a decimal point in English and a grouping point in the continental style: it groups when
    /// <paramref name="pointsGroup"/> says the report writes its digits that way, or when the three digits are
    /// <c>000</c> (<c>3.000</c>: nobody writes three as three point nought nought nought), never after a leading zero.
    /// </summary>
    /// <param name="text">The token's normalized text.</param>
    /// <param name="pointsGroup">Whether the report shows the continental style elsewhere (<see cref="ShowsContinentalDigits"/>).</param>
    /// <returns><paramref name="text"/> itself when it is already in English form, else its English form.</returns>
    public static string EnglishDigits(string text, bool pointsGroup)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEnglishDigits(text, pointsGroup))
        {
            return text;
        }

        return string.Create(text.Length, (text, pointsGroup), static (into, state) => EnglishDigits(state.text, state.pointsGroup, into));
    }

    /// <summary>Whether <see cref="EnglishDigits(string, bool)"/> would change <paramref name="text"/>.</summary>
    public static bool NeedsEnglishDigits(ReadOnlySpan<char> text, bool pointsGroup)
    {
        var reading = Read(text);
        var decimalMark = DecimalMark(text, reading, pointsGroup);
        return reading.Separators > 0 && (reading.Spaces > 0 || decimalMark == ',' || (reading.Points > 0 && decimalMark != '.'));
    }

    /// <summary>
    /// Writes <paramref name="text"/> in English form into <paramref name="into"/>, which may be the same span: each mark
    /// becomes a comma or a point, so the length does not change.
    /// </summary>
    public static void EnglishDigits(ReadOnlySpan<char> text, bool pointsGroup, Span<char> into)
    {
        var reading = Read(text);
        var decimalMark = DecimalMark(text, reading, pointsGroup);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            into[i] = i < reading.Start || i >= reading.End || char.IsAsciiDigit(c) ? c
                : i == reading.LastSeparator && decimalMark != '\0' ? '.' : ',';
        }
    }

    /// <summary>The decimal mark of a reading, a single point before three digits settled by <paramref name="pointsGroup"/>.</summary>
    private static char DecimalMark(ReadOnlySpan<char> text, Reading reading, bool pointsGroup) =>
        reading.Decimal == '.' && reading.Points == 1 && reading.Commas == 0 && reading.Spaces == 0 && reading.LastGroup == 3
            && text[reading.Start] != '0' && (pointsGroup || text.Slice(reading.End - 3, 3).SequenceEqual("000"))
            ? '\0'
            : reading.Decimal;

    /// <summary>
    /// The marks of a number token's digits: where the digits start and end, how many of each separator they hold, the
    /// last separator and the digits after it, and which mark is the decimal one (<c>'\0'</c> for none). The last mark is
    /// a decimal mark when it is no space, stands once, and either follows another kind of mark (<c>1,250.5</c>,
    /// <c>2.500,75</c>) or is not followed by exactly three digits (<c>4,5</c>, <c>3.14</c>); a single point before
    /// three digits is left to <see cref="EnglishDigits(string, bool)"/>.
    /// </summary>
    private static Reading Read(ReadOnlySpan<char> text)
    {
        var start = text.Length > 0 && text[0] is '-' or '\u2212' ? 1 : 0;
        var end = start;
        int commas = 0, points = 0, spaces = 0, last = -1;
        var mixed = false;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                end++;
                continue;
            }

            if (end == start || end + 1 >= text.Length || !char.IsAsciiDigit(text[end + 1]) || !(c is ',' or '.' || IsGroupSpace(c)))
            {
                break;
            }

            mixed |= last >= 0 && Kind(text[last]) != Kind(c);
            commas += c == ',' ? 1 : 0;
            points += c == '.' ? 1 : 0;
            spaces += IsGroupSpace(c) ? 1 : 0;
            last = end;
            end++;
        }

        var separators = commas + points + spaces;
        if (separators == 0)
        {
            return new Reading(start, end, 0, 0, 0, -1, 0, '\0');
        }

        var mark = text[last];
        var group = end - last - 1;
        var once = (mark == ',' ? commas : points) == 1;
        var decimalMark = !IsGroupSpace(mark) && once && (mixed || group != 3 || mark == '.') ? mark : '\0';
        return new Reading(start, end, commas, points, spaces, last, group, decimalMark);

        static char Kind(char c) => IsGroupSpace(c) ? ' ' : c;
    }

    /// <summary>The marks of a number token's digits, as <see cref="Read"/> finds them.</summary>
    private readonly record struct Reading(int Start, int End, int Commas, int Points, int Spaces, int LastSeparator, int LastGroup, char Decimal)
    {
        public int Separators => Commas + Points + Spaces;
    }

    /// <summary>A space that groups digits: a plain space, a no-break space, a narrow no-break space or a thin space.</summary>
    public static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}
