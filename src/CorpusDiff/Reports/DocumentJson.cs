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
            json.WriteStartArray("documents");
            foreach (var document in documents)
            {
                Write(json, document);
            }

            json.WriteEndArray();
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

        writer.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", sentence.Index);
            // The characters, not sentence.Text: a parsed sentence holds a slice of the document and would build a string.
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            if (sentence.IsNullText)
            {
                writer.WriteNull("text");
            }
            else
            {
                writer.WriteString("text", sentence.Chars);
            }
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("removed");
        foreach (var removed in document.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", removed.KindName);
            WriteSpan(writer, removed.Start, removed.End, removed.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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
