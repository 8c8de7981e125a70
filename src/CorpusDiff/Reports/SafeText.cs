using System.Buffers;
using System.Globalization;
using System.Text;

namespace CorpusDiff.Reports;

/// <summary>
/// Makes text from files (contents and names) safe to print on a terminal: control characters — ESC, which starts
/// every ANSI escape sequence, carriage return, backspace, bell, DEL, the C1 controls — and the bidirectional
/// overrides that can reorder what a reader sees are shown as visible escapes (<c>\x1B</c>, <c>\u202E</c>) instead of
/// acting on the terminal. Tabs and line feeds are kept. Linear in the text's length; text without such characters
/// is returned as is, without a copy.
/// </summary>
public static class SafeText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(Build());

    /// <summary>Returns <paramref name="text"/> with every unsafe character replaced by a visible escape.</summary>
    /// <param name="text">Text read from a file, or a file name.</param>
    /// <returns>Text that cannot move the cursor, change colours or reorder the line.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        var rest = text.AsSpan(first);
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOfAny(Unsafe);
            if (next < 0)
            {
                builder.Append(rest);
                break;
            }

            builder.Append(rest[..next]);
            var c = rest[next];
            builder.Append(c < 0x100
                ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}")
                : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            rest = rest[(next + 1)..];
        }

        return builder.ToString();
    }

    private static string Build()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n'))
            {
                chars.Append(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            chars.Append(c);
        }

        chars.Append("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
        return chars.ToString();
    }
}
