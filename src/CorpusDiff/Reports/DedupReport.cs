using System.Globalization;
using System.Text.Json;
using CorpusDiff.Dedup;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes a <see cref="DedupResult"/> as JSON (the stable shape, <c>docs/report-format.md</c>), markdown or plain text;
/// any verb that groups documents (<c>dedup</c>, and verbs built on the same result) reuses these writers.
/// </summary>
public static class DedupReport
{
    /// <summary>Writes the JSON report, streaming it in 64 KB pieces so a 100,000-document report is never held whole.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The groups and pairs.</param>
    /// <param name="options">The options the result was made with (method and threshold are reported).</param>
    /// <param name="index">What a persistent index update did, if there was one.</param>
    public static void WriteJson(TextWriter writer, DedupResult result, DedupOptions options, DedupIndexReport? index = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        // ReportJson.WriteLine streams the report to the writer as it is built, so a 100,000-document report is never held whole.
        ReportJson.WriteLine(writer, ReportJson.Indented, json =>
        {
            json.WriteStartObject();
            json.WriteString("method", ReportNames.Of(options.Method));
            json.WriteNumber("threshold", options.Threshold);
            json.WriteString("measure", options.Measure == DedupMeasure.WordEdits ? "word-edits" : "shingle-sets");
            ReportJson.WriteObjects(json, "documents", result.Documents, static (json, d) =>
            {
                json.WriteString("id", d.Id);
                json.WriteString("path", d.Path);
                if (d.IsEmpty)
                {
                    json.WriteBoolean("empty", true);
                }
            });
            ReportJson.WriteObjects(json, "groups", result.Groups, static (json, g) =>
            {
                json.WriteString("representative", g.Representative);
                ReportJson.WriteObjects(json, "members", g.Members, static (json, m) =>
                {
                    json.WriteString("id", m.Id);
                    WriteRelation(json, m.Relation, m.Score, m.Jaccard, m.Containment);
                });
            });
            ReportJson.WriteObjects(json, "pairs", result.Pairs, static (json, p) =>
            {
                json.WriteString("a", p.A);
                json.WriteString("b", p.B);
                WriteRelation(json, p.Relation, p.Score, p.Jaccard, p.Containment);
                if (p.EstimatedJaccard is { } estimated)
                {
                    json.WriteNumber("estimatedJaccard", ReportJson.Round(estimated));
                }
            });
            if (index is not null)
            {
                json.WriteStartObject("index");
                json.WriteString("file", index.File);
                json.WriteNumber("loaded", index.Loaded);
                json.WriteNumber("saved", index.Saved);
                ReportJson.WriteObjects(json, "matches", index.Matches, static (json, m) =>
                {
                    json.WriteString("id", m.Id);
                    json.WriteString("indexed", m.Indexed);
                    json.WriteNumber("estimatedJaccard", ReportJson.Round(m.EstimatedJaccard));
                    json.WriteNumber("estimatedContainment", ReportJson.Round(m.EstimatedContainment));
                });
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
    }

    /// <summary>The fields a group member and a pair share: how two documents relate, and the measures behind it.</summary>
    private static void WriteRelation(Utf8JsonWriter json, DedupRelation relation, double score, double jaccard, double containment)
    {
        json.WriteString("relation", ReportNames.Of(relation));
        json.WriteNumber("score", ReportJson.Round(score));
        json.WriteNumber("jaccard", ReportJson.Round(jaccard));
        json.WriteNumber("containment", ReportJson.Round(containment));
    }

    /// <summary>Writes the markdown report: one table per group with copies, then the index update.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The groups and pairs.</param>
    /// <param name="options">The options the result was made with.</param>
    /// <param name="index">What a persistent index update did, if there was one.</param>
    public static void WriteMarkdown(TextWriter writer, DedupResult result, DedupOptions options, DedupIndexReport? index = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var duplicates = result.Groups.Where(g => g.Members.Count > 1).ToList();
        writer.WriteLine("# Deduplication");
        writer.WriteLine();
        writer.WriteLine(Invariant($"{result.Documents.Count} documents, {result.Groups.Count} groups, {duplicates.Count} with copies ({ReportNames.Of(options.Method)}, threshold {options.Threshold})."));
        foreach (var g in duplicates)
        {
            writer.WriteLine();
            writer.WriteLine($"## {Escape(g.Representative)}");
            writer.WriteLine();
            writer.WriteLine("| member | relation | score | Jaccard | containment |");
            writer.WriteLine("| --- | --- | ---: | ---: | ---: |");
            foreach (var m in g.Members)
            {
                writer.WriteLine(Invariant($"| {Escape(m.Id)} | {ReportNames.Of(m.Relation)} | {m.Score:F3} | {m.Jaccard:F3} | {m.Containment:F3} |"));
            }
        }

        WriteEmpty(writer, result, "## ");
        WriteIndexText(writer, index, "## ");
    }

    /// <summary>Writes the plain-text summary: the groups with copies, then the index update.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The groups and pairs.</param>
    /// <param name="index">What a persistent index update did, if there was one.</param>
    public static void WriteText(TextWriter writer, DedupResult result, DedupIndexReport? index = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var duplicates = result.Groups.Where(g => g.Members.Count > 1).ToList();
        writer.WriteLine(Invariant($"{result.Documents.Count} documents, {result.Groups.Count} groups, {duplicates.Count} with copies"));
        foreach (var g in duplicates)
        {
            writer.WriteLine();
            writer.WriteLine($"group {SafeText.Escape(g.Representative)}");
            foreach (var m in g.Members)
            {
                writer.WriteLine(Invariant($"  {ReportNames.Of(m.Relation),-15} {SafeText.Escape(m.Id)}  score {m.Score:F3}  jaccard {m.Jaccard:F3}  containment {m.Containment:F3}"));
            }
        }

        WriteEmpty(writer, result, string.Empty);
        WriteIndexText(writer, index, string.Empty);
    }

    /// <summary>Empty documents are listed apart: each is alone in its group, never a copy of another empty one.</summary>
    private static void WriteEmpty(TextWriter writer, DedupResult result, string heading)
    {
        var empty = result.Documents.Where(d => d.IsEmpty).ToList();
        if (empty.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(Invariant($"{heading}empty documents: {empty.Count}"));
        foreach (var d in empty)
        {
            writer.WriteLine(heading.Length > 0 ? $"- {Escape(d.Id)}" : $"  {SafeText.Escape(d.Id)}");
        }
    }

    private static void WriteIndexText(TextWriter writer, DedupIndexReport? index, string heading)
    {
        if (index is null)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(Invariant($"{heading}index {SafeText.Escape(index.File)}: {index.Loaded} entries loaded, {index.Saved} saved, {index.Matches.Count} matches"));
        foreach (var m in index.Matches)
        {
            writer.WriteLine(Invariant($"  {SafeText.Escape(m.Id)} ~ {SafeText.Escape(m.Indexed)}  estimated jaccard {m.EstimatedJaccard:F3}  containment {m.EstimatedContainment:F3}"));
        }
    }

    private static string Escape(string text) => SafeText.Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
