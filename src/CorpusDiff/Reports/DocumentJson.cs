using System.Globalization;
using System.Text.Json;
using CorpusDiff.Documents;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes a <see cref="Document"/> in the stable JSON shape every CorpusDiff report embeds:
/// <c>{"id","path","title","outlet","published","sentences":[{"index","start","end","text"}],"removed":[{"kind","start","end","text"}]}</c>.
/// </summary>
public static class DocumentJson
{
    /// <summary>Writes the <c>inspect</c> report: <c>{"documents":[…]}</c>, followed by a line break.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="documents">The documents.</param>
    public static void WriteReport(TextWriter writer, IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ReportJson.WriteLine(writer, ReportJson.Indented, json =>
        {
            json.WriteStartObject();
            ReportJson.WriteArray(json, "documents", documents, Write);
            json.WriteEndObject();
        });
    }

    /// <summary>Writes one document object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="document">The document.</param>
    public static void Write(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        writer.WriteString("path", document.Path);
        writer.WriteString("title", document.Title);
        writer.WriteString("outlet", document.Outlet);
        if (document.Published is { } published)
        {
            writer.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("published");
        }

        ReportJson.WriteObjects(writer, "sentences", document.Sentences, static (json, sentence) =>
        {
            json.WriteNumber("index", sentence.Index);
            // The characters, not sentence.Text: a parsed sentence holds a slice of the document and would build a string.
            json.WriteNumber("start", sentence.Start);
            json.WriteNumber("end", sentence.End);
            if (sentence.IsNullText)
            {
                json.WriteNull("text");
            }
            else
            {
                json.WriteString("text", sentence.Chars);
            }
        });
        ReportJson.WriteObjects(writer, "removed", document.Removed, static (json, removed) =>
        {
            json.WriteString("kind", removed.KindName);
            WriteSpan(json, removed.Start, removed.End, removed.Text);
        });
        writer.WriteEndObject();
    }

    /// <summary>The fields every span object of a document shares (sentences, removed text): its offsets and its text.</summary>
    private static void WriteSpan(Utf8JsonWriter writer, int start, int end, string text)
    {
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", end);
        writer.WriteString("text", text);
    }

    /// <summary>Options for report writers: the one policy of <see cref="ReportJson.Indented"/>.</summary>
    public static JsonWriterOptions WriterOptions => ReportJson.Indented;
}
