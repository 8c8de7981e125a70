using System.Text.Json;
using CorpusDiff.Claims;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes a <see cref="Divergence"/> in the stable JSON shape of CorpusDiff reports:
/// <c>{"kind","relation","target","source":[…],"targetSpan":{"start","end"},"sourceSpan":{"start","end"}|null,"severity","message","facts":[…],"background"}</c>.
/// </summary>
public static class DivergenceJson
{
    /// <summary>Writes one divergence object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="divergence">The divergence.</param>
    public static void Write(Utf8JsonWriter writer, Divergence divergence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(divergence);
        writer.WriteStartObject();
        writer.WriteString("kind", KindName(divergence.Kind));
        writer.WriteString("relation", RelationName(divergence.Relation));
        writer.WriteNumber("target", divergence.TargetSentence);
        ReportJson.WriteArray(writer, "source", divergence.SourceSentences, static (json, index) => json.WriteNumberValue(index));
        writer.WriteStartObject("targetSpan");
        writer.WriteNumber("start", divergence.TargetSpan.Start);
        writer.WriteNumber("end", divergence.TargetSpan.End);
        writer.WriteEndObject();
        if (divergence.SourceSpan is { } sourceSpan)
        {
            writer.WriteStartObject("sourceSpan");
            writer.WriteNumber("start", sourceSpan.Start);
            writer.WriteNumber("end", sourceSpan.End);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("sourceSpan");
        }

        writer.WriteString("severity", SeverityName(divergence.Severity));
        writer.WriteString("message", divergence.Message);
        if (divergence.Relation == DivergenceRelation.Adds)
        {
            ReportJson.WriteArray(writer, "facts", divergence.Facts, static (json, fact) => json.WriteStringValue(fact));
            writer.WriteBoolean("background", divergence.Background);
        }

        writer.WriteEndObject();
    }

    /// <summary>Gets the report name of a kind (<c>number</c>, <c>date</c>, …).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its lower-case name.</returns>
    public static string KindName(DivergenceKind kind) => ReportNames.Of(kind);

    /// <summary>Gets the report name of a relation (<c>contradicts</c>, <c>adds</c>).</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its lower-case name.</returns>
    public static string RelationName(DivergenceRelation relation) => relation switch
    {
        DivergenceRelation.Contradicts => "contradicts",
        DivergenceRelation.Adds => "adds",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown relation."),
    };

    /// <summary>Gets the report name of a severity (<c>low</c>, <c>medium</c>, <c>high</c>).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its lower-case name.</returns>
    public static string SeverityName(DivergenceSeverity severity) => ReportNames.Of(severity);
}
