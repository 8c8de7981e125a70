using System.Text.Encodings.Web;
using System.Text.Json;

namespace CorpusDiff.Reports;

/// <summary>
/// The one JSON encoder policy of every CorpusDiff report: non-ASCII text stays readable (UTF-8, not <c>\uXXXX</c>),
/// so <c>compare</c>, <c>dedup</c>, <c>inspect</c>, <c>eval</c> and the <c>check</c> lines encode text the same way.
/// </summary>
public static class ReportJson
{
    /// <summary>Options for whole reports: indented.</summary>
    public static JsonWriterOptions Indented { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Options for JSON-lines output (one compact object per line), same encoder as <see cref="Indented"/>.</summary>
    public static JsonWriterOptions Compact { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document built with a <see cref="Utf8JsonWriter"/> to a text writer as it is built (never whole in memory), followed by a line break.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">The writer options (<see cref="Indented"/> or <see cref="Compact"/>).</param>
    /// <param name="body">Writes the document.</param>
    public static void WriteLine(TextWriter writer, JsonWriterOptions options, Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(body);
        // Streamed chunk by chunk: a whole report held in a buffer, and again as a string, was the largest transient
        // of a big compare (see docs/benchmarks.md, "Memory of `compare`").
        using var output = new TextWriterBufferWriter(writer);
        using (var json = new Utf8JsonWriter(output, options))
        {
            body(json);
        }

        output.Complete();
        writer.WriteLine();
    }

    /// <summary>Writes <c>"name": [{…}, …]</c>: one object per item, its members written by <paramref name="members"/>.</summary>
    /// <param name="json">The JSON writer.</param>
    /// <param name="name">The array's property name.</param>
    /// <param name="items">The items, in report order.</param>
    /// <param name="members">Writes one item's members inside its object.</param>
    internal static void WriteObjects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> members)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            members(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes <c>"name": […]</c>, each item written whole by <paramref name="value"/> (a number, a string, or an object its own writer opens).</summary>
    /// <param name="json">The JSON writer.</param>
    /// <param name="name">The array's property name.</param>
    /// <param name="items">The items, in report order.</param>
    /// <param name="value">Writes one item as an array element.</param>
    internal static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> value)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            value(json, item);
        }

        json.WriteEndArray();
    }

    /// <summary>Rounds a score the way every report does (4 decimals).</summary>
    /// <param name="value">The score.</param>
    /// <returns>The rounded score.</returns>
    public static double Round(double value) => Math.Round(value, 4);
}
