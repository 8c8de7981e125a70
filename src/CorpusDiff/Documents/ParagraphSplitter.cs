namespace CorpusDiff.Documents;

/// <summary>
/// Splits text into lines and paragraphs. Scraped news puts one paragraph on a line, separated by blank lines or by
/// single line breaks, so every non-blank line is a paragraph. CRLF, LF and CR are all line breaks, and offsets index
/// the text as given (a <c>\r</c> counts as a character).
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
        foreach (var line in Lines(text))
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
