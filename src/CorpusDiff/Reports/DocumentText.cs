using System.Globalization;
using CorpusDiff.Documents;

namespace CorpusDiff.Reports;

/// <summary>Writes parsed documents for reading in a terminal: headers, sentences with offsets, removed boilerplate.</summary>
public static class DocumentText
{
    /// <summary>Writes each document as a block: id, title, outlet, dates, numbered sentences, removed spans.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="documents">The documents.</param>
    public static void Write(TextWriter writer, IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(documents);
        var culture = CultureInfo.InvariantCulture;
        foreach (var d in documents)
        {
            writer.WriteLine($"# {SafeText.Escape(d.Id)}");
            writer.WriteLine($"title:     {(d.TitleSpan is { } t ? $"{SafeText.Escape(d.Title ?? string.Empty)} [{t.Start}-{t.End}]" : "(none)")}");
            writer.WriteLine($"outlet:    {(d.Outlet is null ? "(none)" : SafeText.Escape(d.Outlet))}");
            writer.WriteLine($"published: {d.Published?.ToString("yyyy-MM-dd", culture) ?? "(none)"}");
            if (d.Dateline is { } dl)
            {
                var date = dl.Date?.ToString("yyyy-MM-dd", culture) ?? "date unresolved";
                writer.WriteLine($"dateline:  {SafeText.Escape(string.Join(" / ", dl.Places))}, {date} [{dl.Start}-{dl.End}]");
            }
            else
            {
                writer.WriteLine("dateline:  (none)");
            }

            writer.WriteLine($"sentences: {d.Sentences.Count} in {d.Paragraphs.Count} paragraphs, {d.Tokens.Count} tokens");
            foreach (var s in d.Sentences)
            {
                writer.WriteLine($"  [{s.Index}] {s.Start}-{s.End} {SafeText.Escape(s.Text.ReplaceLineEndings(" "))}");
            }

            writer.WriteLine($"removed:   {d.Removed.Count}");
            foreach (var r in d.Removed)
            {
                writer.WriteLine($"  {r.KindName} {r.Start}-{r.End} {Collapse(r.Text)}");
            }

            writer.WriteLine();
        }
    }

    /// <summary>Shows a multi-line removed block on one line, its line breaks marked.</summary>
    private static string Collapse(string text) =>
        SafeText.Escape(string.Join(" ⏎ ", text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
}
