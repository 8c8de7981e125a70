namespace CorpusDiff.Reports;

/// <summary>
/// The one HTML escaping helper of the HTML reports: every piece of report text (document text, ids, titles, messages,
/// reasons) goes through it, in element content and in quoted attribute values alike, so hostile input such as
/// <c>&lt;script&gt;</c> or <c>" onerror=</c> is shown as text and never becomes markup.
/// </summary>
internal static class HtmlText
{
    /// <summary>Writes text escaped for element content or a double- or single-quoted attribute value.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="text">The raw text.</param>
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = Replacement(text[i]);
            if (replacement is null)
            {
                continue;
            }

            writer.Write(text[run..i]);
            writer.Write(replacement);
            run = i + 1;
        }

        writer.Write(text[run..]);
    }

    /// <summary>Returns text escaped for element content or a quoted attribute value.</summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text)
    {
        using var writer = new StringWriter();
        Write(writer, text);
        return writer.ToString();
    }

    // Control characters other than tab and line breaks are not allowed in HTML text: they become U+FFFD so the page
    // stays well formed whatever the input file held (a lone surrogate is replaced by the UTF-8 encoder).
    private static string? Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\t' or '\n' or '\r' => null,
        < ' ' or '\u007F' => "\uFFFD",
        _ => null,
    };
}
