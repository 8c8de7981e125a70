namespace CorpusDiff.Documents;

/// <summary>
/// Splits text into lines and paragraphs. Scraped news puts one paragraph on a line, separated by blank lines or by
/// single line breaks, so every non-blank line is a paragraph, unless the text is hard-wrapped at a fixed width
/// (e-mail, wire feeds, re-wrapped reprints): then a line break where the next word would not have fit on the line is
/// a wrap inside the paragraph, not a paragraph end. CRLF, LF and CR are all line breaks, and offsets index the text
/// as given (a <c>\r</c> counts as a character).
/// </summary>
public static class ParagraphSplitter
{
    /// <summary>Returns the trimmed span of every non-blank line of <paramref name="text"/>, in order.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The paragraphs' spans; whitespace around each is excluded.</returns>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        foreach (var line in Unwrap(text, Lines(text)))
        {
            if (!line.IsBlank)
            {
                spans.Add(line.Content);
            }
        }

        return spans;
    }

    /// <summary>Returns every line of <paramref name="text"/>, blank ones included.</summary>
    internal static List<TextLine> Lines(string text)
    {
        var lines = new List<TextLine>();
        var i = 0;
        while (true)
        {
            var rest = text.AsSpan(i);
            var br = rest.IndexOfAny('\r', '\n');
            var end = br < 0 ? text.Length : i + br;
            var (cs, ce) = Trim(text, i, end);
            lines.Add(new TextLine(i, end, cs, ce));
            if (br < 0)
            {
                break;
            }

            i = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }

    /// <summary>
    /// Joins hard-wrapped lines into one logical line per paragraph. A text counts as wrapped when most lines that run
    /// straight into another line reach about the same width (at most 120 characters); a break is a wrap when the next
    /// line's first word would not have fit on the line. Unwrapped text is returned as it is.
    /// </summary>
    internal static List<TextLine> Unwrap(string text, List<TextLine> lines)
    {
        var width = WrapWidth(text, lines);
        if (width == 0)
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            while (!line.IsBlank && i + 1 < lines.Count && !lines[i + 1].IsBlank && IsWrap(text, lines[i], lines[i + 1], width))
            {
                i++;
                line = new TextLine(line.Start, lines[i].End, line.ContentStart, lines[i].ContentEnd);
            }

            result.Add(line);
        }

        return result;
    }

    /// <summary>Returns the width a text is wrapped at, or 0 when it is not hard-wrapped.</summary>
    private static int WrapWidth(string text, List<TextLine> lines)
    {
        var widths = new List<int>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!lines[i].IsBlank && !lines[i + 1].IsBlank)
            {
                widths.Add(lines[i].End - lines[i].Start);
            }
        }

        if (widths.Count < 3)
        {
            return 0;
        }

        widths.Sort();

        // The widest width shared by a fair share of lines, so a long headline line above wrapped text does not set it.
        var needed = Math.Max(2, widths.Count / 4);
        var width = 0;
        for (var i = widths.Count - 1; i >= 0 && width == 0; i--)
        {
            if (widths.Count(w => w <= widths[i] && w >= widths[i] - 12) >= needed)
            {
                width = widths[i];
            }
        }

        var near = widths.Count(w => w <= width && w >= width - 20);
        return width <= 120 && near * 2 >= widths.Count ? width : 0;
    }

    private static bool IsWrap(string text, TextLine line, TextLine next, int width)
    {
        var length = line.End - line.Start;
        if (length > width)
        {
            return false;
        }

        var word = next.ContentStart;
        while (word < next.ContentEnd && !char.IsWhiteSpace(text[word]))
        {
            word++;
        }

        return length + 1 + (word - next.ContentStart) > width;
    }

    /// <summary>Narrows <c>[start, end)</c> past whitespace, byte-order marks and zero-width characters on both sides.</summary>
    internal static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Whitespace, or an invisible character scrapers leave behind (BOM, zero-width space and joiners).</summary>
    internal static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060';
}
