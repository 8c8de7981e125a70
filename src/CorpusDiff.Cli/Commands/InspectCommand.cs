using System.CommandLine;
using CorpusDiff.Documents;
using CorpusDiff.Reports;

namespace CorpusDiff.Cli.Commands;

/// <summary><c>corpusdiff inspect &lt;file&gt;...</c>: prints the parsed document model.</summary>
internal static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("file") { Description = "News files to parse.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("json", "json", "text");
        var output = CommonOptions.Out();
        var command = new Command("inspect", "Parse news files and print headers, sentences (with offsets) and removed boilerplate.")
        {
            files, format, output,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var paths = parse.GetValue(files)!;
            OutputSink.Check(parse.GetValue(output), paths);
            var documents = paths.Select(InputFiles.Read).ToList();
            context.Cancellation.ThrowIfCancellationRequested();
            using var sink = OutputSink.Open(parse.GetValue(output), context);
            if (parse.GetValue(format) == "text")
            {
                WriteText(sink.Writer, documents);
            }
            else
            {
                WriteJson(sink.Writer, documents);
            }

            sink.Commit();
            return CliApp.Ok;
        }));
        return command;
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<Document> documents) =>
        ReportJson.WriteLine(writer, ReportJson.Indented, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var document in documents)
            {
                DocumentJson.Write(json, document);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteText(TextWriter writer, IReadOnlyList<Document> documents)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
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
