using System.Text.Json;
using CorpusDiff.Claims;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes one line of <c>corpusdiff check</c> output: <c>{"id","consistency","consistent","divergences":[…]}</c>, compact,
/// with the encoder policy of <see cref="ReportJson"/>.
/// </summary>
public static class CheckLineJson
{
    /// <summary>Writes the line's object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="idJson">The input line's <c>id</c> as raw JSON (any JSON value), or <see langword="null"/> to write <c>null</c>.</param>
    /// <param name="report">The consistency report of the pair.</param>
    /// <param name="consistent">Whether the checker judges the score consistent.</param>
    public static void Write(Utf8JsonWriter writer, string? idJson, ConsistencyReport report, bool consistent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        if (idJson is not null)
        {
            writer.WriteRawValue(idJson);
        }
        else
        {
            writer.WriteNullValue();
        }

        if (report.NothingToCheck)
        {
            // An empty summary states nothing: it is neither consistent nor inconsistent.
            writer.WriteNull("consistency");
            writer.WriteNull("consistent");
            writer.WriteString("note", "nothing to check");
        }
        else
        {
            writer.WriteNumber("consistency", ReportJson.Round(report.Consistency));
            writer.WriteBoolean("consistent", consistent);
        }

        ReportJson.WriteArray(writer, "divergences", report.Divergences, DivergenceJson.Write);
        writer.WriteEndObject();
    }

    /// <summary>Writes the line, followed by a line break.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="idJson">The input line's <c>id</c> as raw JSON, or <see langword="null"/>.</param>
    /// <param name="report">The consistency report of the pair.</param>
    /// <param name="consistent">Whether the checker judges the score consistent.</param>
    public static void WriteLine(TextWriter writer, string? idJson, ConsistencyReport report, bool consistent) =>
        ReportJson.WriteLine(writer, ReportJson.Compact, json => Write(json, idJson, report, consistent));
}
