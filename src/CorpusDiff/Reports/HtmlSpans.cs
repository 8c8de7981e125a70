using CorpusDiff.Documents;

namespace CorpusDiff.Reports;

/// <summary>
/// The inline pieces the HTML pages (comparison, dedup) repeat: a document id, an id with its headline, and a name
/// shown as words and carried as a data attribute for the page's styles and filters.
/// </summary>
internal static class HtmlSpans
{
    /// <summary>Writes <c>&lt;span class="cd-id"&gt;id&lt;/span&gt;</c>, the id escaped.</summary>
    public static void Id(TextWriter writer, string id)
    {
        writer.Write("<span class=\"cd-id\">");
        HtmlText.Write(writer, id);
        writer.Write("</span>");
    }

    /// <summary>Writes a document's id, then its headline as <c>&lt;cite&gt;</c> when it has one.</summary>
    public static void IdAndTitle(TextWriter writer, Document document)
    {
        Id(writer, document.Id);
        if (document.Title is { } title)
        {
            writer.Write(" <cite>");
            HtmlText.Write(writer, title);
            writer.Write("</cite>");
        }
    }

    /// <summary>
    /// Writes <c>&lt;span class="…" data-…="name"&gt;name&lt;/span&gt;</c>. The name is a report name
    /// (<see cref="ReportNames"/>: lower-case words and hyphens), so it needs no escaping.
    /// </summary>
    public static void Named(TextWriter writer, string cssClass, string attribute, string name) =>
        writer.Write($"<span class=\"{cssClass}\" data-{attribute}=\"{name}\">{name}</span>");
}
