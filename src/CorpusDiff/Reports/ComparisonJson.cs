using System.Text;
using System.Text.Json;
using CorpusDiff.Comparison;
using CorpusDiff.Diffing;
using CorpusDiff.Documents;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes comparisons in the stable JSON report shape (documented in <c>docs/report-format.md</c>):
/// <c>{"documents":[…],"comparisons":[{"source","target","sameEvent","scores":{…},"sourceCoverage","targetSupport","alignments":[…],"divergences":[…]}]}</c>.
/// </summary>
public static class ComparisonJson
{
    /// <summary>Writes the whole report: every document involved (source first), then the comparisons.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="results">The comparisons.</param>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ComparisonResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.WriteStartObject();
        writer.WriteStartArray("documents");
        foreach (var document in DocumentsOf(results))
        {
            DocumentJson.Write(writer, document);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("comparisons");
        foreach (var result in results)
        {
            WriteComparison(writer, result);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the whole report (the <c>compare</c> output), indented, followed by a line break.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The comparisons.</param>
    public static void WriteReport(TextWriter writer, IReadOnlyList<ComparisonResult> results) =>
        ReportJson.WriteLine(writer, ReportJson.Indented, json => Write(json, results));

    /// <summary>Returns the whole report as an indented JSON string.</summary>
    /// <param name="results">The comparisons.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IReadOnlyList<ComparisonResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, DocumentJson.WriterOptions))
        {
            Write(writer, results);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes one comparison object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="result">The comparison.</param>
    public static void WriteComparison(Utf8JsonWriter writer, ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("source", result.Source.Id);
        writer.WriteString("target", result.Target.Id);
        writer.WriteString("sameEvent", result.Judgement.VerdictName);
        writer.WriteStartObject("scores");
        foreach (var (name, value) in result.Scores.Named())
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
        writer.WriteNumber("sourceCoverage", Math.Round(result.SourceCoverage, 4));
        writer.WriteNumber("targetSupport", Math.Round(result.TargetSupport, 4));
        writer.WriteStartArray("alignments");
        foreach (var alignment in result.Alignments)
        {
            writer.WriteStartObject();
            WriteIndexes(writer, "source", alignment.Source);
            WriteIndexes(writer, "target", alignment.Target);
            writer.WriteNumber("score", alignment.Score);
            writer.WriteString("kind", alignment.KindName);
            writer.WriteStartArray("diff");
            foreach (var segment in alignment.Diff)
            {
                writer.WriteStartObject();
                writer.WriteString("op", segment.OperationName);
                writer.WriteString("text", segment.Text);
                if (segment.Operation == DiffOperation.Equal && !string.Equals(segment.TargetText, segment.Text, StringComparison.Ordinal))
                {
                    writer.WriteString("targetText", segment.TargetText);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("divergences");
        foreach (var divergence in result.Divergences)
        {
            DivergenceJson.Write(writer, divergence);
        }

        writer.WriteEndArray();

        // Added after the shape (fields are only ever added): why the verdict, and the document consistency.
        writer.WriteStartArray("sameEventReasons");
        foreach (var reason in result.Judgement.Reasons)
        {
            writer.WriteStringValue(reason);
        }

        writer.WriteEndArray();
        if (result.Consistency.NothingToCheck)
        {
            // An empty target has nothing to check; a number would read as a verdict.
            writer.WriteNull("consistency");
        }
        else
        {
            writer.WriteNumber("consistency", Math.Round(result.Consistency.Consistency, 4));
        }
        writer.WriteEndObject();
    }

    /// <summary>Lists the documents of the comparisons once each, sources before their targets, in first-seen order.</summary>
    /// <param name="results">The comparisons.</param>
    /// <returns>The distinct documents.</returns>
    public static IReadOnlyList<Document> DocumentsOf(IReadOnlyList<ComparisonResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var seen = new HashSet<Document>(ReferenceEqualityComparer.Instance);
        var list = new List<Document>();
        foreach (var document in results.Select(r => r.Source).Concat(results.Select(r => r.Target)))
        {
            if (seen.Add(document))
            {
                list.Add(document);
            }
        }

        return list;
    }

    private static void WriteIndexes(Utf8JsonWriter writer, string name, IReadOnlyList<int> indexes)
    {
        writer.WriteStartArray(name);
        foreach (var index in indexes)
        {
            writer.WriteNumberValue(index);
        }

        writer.WriteEndArray();
    }
}
