using System.Buffers;
using System.Globalization;
using System.Text;

namespace CorpusDiff.Documents;

/// <summary>
/// Normalizes text for comparison: Unicode NFKC, curly quotes and dashes folded to ASCII, whitespace runs
/// collapsed to one space, case folded. The original text of a document is never altered; this produces the
/// comparable form of a token, a sentence or a whole text. Invisible format characters (soft hyphen, zero-width
/// space and joiners, byte-order mark) are dropped.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The ASCII whitespace <see cref="FoldInto"/> collapses, but the space.</summary>
    private static readonly SearchValues<char> FoldedWhitespace = SearchValues.Create("\t\n\v\f\r");

    /// <summary>Returns the comparable form of <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The normalized text, trimmed.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Normalize(text.AsSpan());
    }

    /// <summary>Returns the comparable form of <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The normalized text, trimmed.</returns>
    public static string Normalize(ReadOnlySpan<char> text) => Normalize(text, null);

    /// <summary>Returns the comparable form of <paramref name="text"/>, shared through <paramref name="pool"/> when one is given.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="pool">The pool the result is looked up in before a string is made, or <see langword="null"/>.</param>
    /// <returns>The normalized text, trimmed.</returns>
    internal static string Normalize(ReadOnlySpan<char> text, WordPool? pool)
    {
        // ASCII is already in NFKC; skipping the check matters because every token is normalized.
        var source = Ascii.IsValid(text) ? text : ToFormKC(text);
        if (source.IsEmpty)
        {
            return string.Empty;
        }

        // Folding maps one character to at most one, so the result never outgrows the source.
        char[]? rented = null;
        var buffer = source.Length <= 256 ? stackalloc char[source.Length] : (rented = ArrayPool<char>.Shared.Rent(source.Length));
        var length = FoldInto(source, buffer);
        var result = pool is null ? new string(buffer[..length]) : pool.Intern(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// Writes the comparable form of <paramref name="text"/> to <paramref name="destination"/>: what
    /// <see cref="Normalize(ReadOnlySpan{char})"/> returns, without making a string when the text is ASCII or already in
    /// NFKC. Returns -1, writing nothing, when NFKC makes it longer than <paramref name="destination"/>.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="destination">The buffer written.</param>
    /// <returns>The number of characters written, or -1.</returns>
    internal static int NormalizeInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        // A token (every word of a deduplicated corpus comes here) is most often printable ASCII without spaces or
        // backticks, which folds to its lower case: one pass does it, and anything else starts over on the general path.
        if (text.Length <= destination.Length)
        {
            var i = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c is <= ' ' or '`' or >= (char)128)
                {
                    break;
                }

                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }

            if (i == text.Length)
            {
                return i;
            }
        }

        var source = Ascii.IsValid(text) ? text : ToFormKC(text);
        return source.Length > destination.Length ? -1 : FoldInto(source, destination);
    }

    /// <summary>
    /// Writes the comparable form of ASCII text (already in NFKC) to <paramref name="destination"/>, which must be at least
    /// as long: what <see cref="Normalize(ReadOnlySpan{char})"/> returns, without making a string.
    /// </summary>
    /// <param name="ascii">ASCII text.</param>
    /// <param name="destination">The buffer written.</param>
    /// <returns>The number of characters written.</returns>
    internal static int NormalizeAscii(ReadOnlySpan<char> ascii, Span<char> destination)
    {
        System.Diagnostics.Debug.Assert(Ascii.IsValid(ascii), "The caller checks for ASCII.");

        // Text with single spaces only, none at either end (most sentences), folds by two vector passes: lower case,
        // and the backtick to an apostrophe. What FoldInto does to ASCII, without its branch a character.
        if (ascii.IndexOfAny(FoldedWhitespace) < 0 && !ascii.Contains("  ", StringComparison.Ordinal)
            && (ascii.IsEmpty || (ascii[0] != ' ' && ascii[^1] != ' ')))
        {
            Ascii.ToLower(ascii, destination, out var written);
            destination[..written].Replace('`', '\'');
            return written;
        }

        return FoldInto(ascii, destination);
    }

    /// <summary>Folds NFKC text into <paramref name="buffer"/>: invisible characters dropped, whitespace runs collapsed and trimmed.</summary>
    private static int FoldInto(ReadOnlySpan<char> source, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in source)
        {
            // Soft hyphens, zero-width spaces and joiners, and byte-order marks are invisible: they must not split
            // or change a word.
            if (raw >= 128 && char.GetUnicodeCategory(raw) == UnicodeCategory.Format)
            {
                continue;
            }

            // ASCII, nearly every character of news text, folds by a range test (the same result as Fold).
            var c = raw < 128 ? (raw is >= 'A' and <= 'Z' ? (char)(raw + 32) : raw == '`' ? '\'' : raw) : Fold(raw);
            if (c < 128 ? c is ' ' or (>= '\t' and <= '\r') : char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return length;
    }

    private static ReadOnlySpan<char> ToFormKC(ReadOnlySpan<char> text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.ToString().Normalize(NormalizationForm.FormKC).AsSpan();
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalized; fold the text as it is rather than fail on one bad character.
            return text;
        }
    }

    /// <summary>
    /// Folds one character: curly quotes and apostrophes to ASCII, dashes to <c>-</c>, non-breaking and other
    /// Unicode spaces to a plain space, and letters to invariant lower case.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static char Fold(char c)
    {
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4':
                return '\'';
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                return '"';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D':
                return '-';
            case '\u00A0' or '\u2007' or '\u202F' or '\u3000':
                return ' ';
            default:
                return c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLower(c, CultureInfo.InvariantCulture);
        }
    }
}
