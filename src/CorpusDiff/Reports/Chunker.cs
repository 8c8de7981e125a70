namespace CorpusDiff.Reports;

/// <summary>
/// Keeps a long HTML report quick to open: the first <see cref="Size"/> items of a list are written as markup, the rest
/// in inert <c>&lt;script type="text/x-cd-chunk"&gt;</c> blocks of about <see cref="Size"/> items each, which the
/// page's script turns into markup as the reader scrolls or navigates to them. A chunk holds only markup this library
/// wrote with every text escaped by <see cref="HtmlText"/>, so it can never contain <c>&lt;/script</c>.
/// </summary>
/// <param name="writer">Where the list is being written.</param>
internal sealed class Chunker(TextWriter writer)
{
    /// <summary>Items (sentences or pairs) per chunk: enough to fill many screens, few enough to render at once.</summary>
    public const int Size = 1000;

    private int count;
    private bool open;

    /// <summary>Call before writing an item of <paramref name="items"/> units; starts a new chunk when the current one is full.</summary>
    /// <param name="items">The units the next item holds (a paragraph's sentences).</param>
    public void Before(int items)
    {
        if (count >= Size)
        {
            writer.Write(open ? "</script>\n" : string.Empty);
            writer.Write("<script type=\"text/x-cd-chunk\" class=\"cd-chunk\">");
            open = true;
            count = 0;
        }

        count += items;
    }

    /// <summary>Closes the last chunk, if one is open.</summary>
    public void End()
    {
        if (open)
        {
            writer.Write("</script>\n");
            open = false;
        }
    }
}
