using System.Globalization;
using System.Text;
using System.Text.Json;
using CorpusDiff.Dedup;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary>Writes a <see cref="DedupResult"/> as JSON (the stable shape), markdown or plain text.</summary>
internal sealed class DedupReportWriter(DedupResult result, DedupOptions options, IndexReport? index)
{
    public static string RelationName(DedupRelation relation) => relation switch
    {
        DedupRelation.Representative => "representative",
        DedupRelation.Exact => "exact",
        DedupRelation.NearDuplicate => "near-duplicate",
        _ => "contained",
    };

    public void WriteJson(TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, DocumentJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("method", options.Method.ToString().ToLowerInvariant());
            json.WriteNumber("threshold", options.Threshold);
            json.WriteStartArray("documents");
            foreach (var d in result.Documents)
            {
                Drain(json, buffer, writer);
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("path", d.Path);
                if (d.IsEmpty)
                {
                    json.WriteBoolean("empty", true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var g in result.Groups)
            {
                Drain(json, buffer, writer);
                json.WriteStartObject();
                json.WriteString("representative", g.Representative);
                json.WriteStartArray("members");
                foreach (var m in g.Members)
                {
                    json.WriteStartObject();
                    json.WriteString("id", m.Id);
                    json.WriteString("relation", RelationName(m.Relation));
                    json.WriteNumber("jaccard", Round(m.Jaccard));
                    json.WriteNumber("containment", Round(m.Containment));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("pairs");
            foreach (var p in result.Pairs)
            {
                Drain(json, buffer, writer);
                json.WriteStartObject();
                json.WriteString("a", p.A);
                json.WriteString("b", p.B);
                json.WriteString("relation", RelationName(p.Relation));
                json.WriteNumber("jaccard", Round(p.Jaccard));
                json.WriteNumber("containment", Round(p.Containment));
                if (p.EstimatedJaccard is { } estimated)
                {
                    json.WriteNumber("estimatedJaccard", Round(estimated));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (index is not null)
            {
                json.WriteStartObject("index");
                json.WriteString("file", index.File);
                json.WriteNumber("loaded", index.Loaded);
                json.WriteNumber("saved", index.Saved);
                json.WriteStartArray("matches");
                foreach (var m in index.Matches)
                {
                    json.WriteStartObject();
                    json.WriteString("id", m.Id);
                    json.WriteString("indexed", m.Indexed);
                    json.WriteNumber("estimatedJaccard", Round(m.EstimatedJaccard));
                    json.WriteNumber("estimatedContainment", Round(m.EstimatedContainment));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.WriteLine();
    }

    /// <summary>Moves the JSON written so far to the output once it passes 64 KB, so a 100,000-document report is never held whole.</summary>
    private static void Drain(Utf8JsonWriter json, MemoryStream buffer, TextWriter writer)
    {
        if (json.BytesPending + buffer.Length < 1 << 16)
        {
            return;
        }

        // After Flush the buffer ends on a token boundary, so it holds only whole UTF-8 sequences.
        json.Flush();
        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    public void WriteMarkdown(TextWriter writer)
    {
        var duplicates = result.Groups.Where(g => g.Members.Count > 1).ToList();
        writer.WriteLine("# Deduplication");
        writer.WriteLine();
        writer.WriteLine(Invariant($"{result.Documents.Count} documents, {result.Groups.Count} groups, {duplicates.Count} with copies ({options.Method.ToString().ToLowerInvariant()}, threshold {options.Threshold})."));
        foreach (var g in duplicates)
        {
            writer.WriteLine();
            writer.WriteLine($"## {Escape(g.Representative)}");
            writer.WriteLine();
            writer.WriteLine("| member | relation | Jaccard | containment |");
            writer.WriteLine("| --- | --- | ---: | ---: |");
            foreach (var m in g.Members)
            {
                writer.WriteLine(Invariant($"| {Escape(m.Id)} | {RelationName(m.Relation)} | {m.Jaccard:F3} | {m.Containment:F3} |"));
            }
        }

        WriteEmpty(writer, "## ");
        WriteIndexText(writer, "## ");
    }

    public void WriteText(TextWriter writer)
    {
        var duplicates = result.Groups.Where(g => g.Members.Count > 1).ToList();
        writer.WriteLine(Invariant($"{result.Documents.Count} documents, {result.Groups.Count} groups, {duplicates.Count} with copies"));
        foreach (var g in duplicates)
        {
            writer.WriteLine();
            writer.WriteLine($"group {SafeText.Escape(g.Representative)}");
            foreach (var m in g.Members)
            {
                writer.WriteLine(Invariant($"  {RelationName(m.Relation),-15} {SafeText.Escape(m.Id)}  jaccard {m.Jaccard:F3}  containment {m.Containment:F3}"));
            }
        }

        WriteEmpty(writer, string.Empty);
        WriteIndexText(writer, string.Empty);
    }

    /// <summary>Empty documents are listed apart: each is alone in its group, never a copy of another empty one.</summary>
    private void WriteEmpty(TextWriter writer, string heading)
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

    private void WriteIndexText(TextWriter writer, string heading)
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

    private static double Round(double value) => Math.Round(value, 4);

    private static string Escape(string text) => SafeText.Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
