using CorpusDiff.Alignment;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;
using CorpusDiff.Diffing;
using CorpusDiff.Documents;

using static CorpusDiff.Reports.ReportFormat;

namespace CorpusDiff.Reports;

/// <summary>The two columns: every sentence of a document in reading order, paragraphs kept, removed boilerplate in place.</summary>
public static partial class ComparisonHtml
{
    private static void WriteColumn(TextWriter writer, ComparisonResult r, string id, SentenceLinks links, bool source)
    {
        var document = source ? r.Source : r.Target;
        var side = source ? "source" : "target";
        var prefix = id + (source ? "-s" : "-t");
        writer.Write($"<article class=\"cd-doc\" data-side=\"{side}\" aria-labelledby=\"{prefix}-h\">\n<h3 id=\"{prefix}-h\">{(source ? "Source" : "Target")} ");
        HtmlSpans.IdAndTitle(writer, document);
        writer.Write($"</h3>\n<div class=\"cd-text\" tabindex=\"-1\">\n");
        var removed = document.Removed.OrderBy(x => x.Start).ToList();
        var next = 0;
        var chunk = new Chunker(writer);
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.SentenceCount == 0)
            {
                continue;
            }

            chunk.Before(paragraph.SentenceCount);
            for (; next < removed.Count && removed[next].Start < paragraph.Start; next++)
            {
                WriteRemoved(writer, removed[next]);
            }

            writer.Write("<p class=\"cd-p\">");
            for (var i = paragraph.FirstSentence; i < paragraph.FirstSentence + paragraph.SentenceCount; i++)
            {
                WriteSentence(writer, r, document.Sentences[i], prefix, links, source);
                writer.Write(' ');
            }

            writer.Write("</p>\n");
        }

        for (; next < removed.Count; next++)
        {
            WriteRemoved(writer, removed[next]);
        }

        chunk.End();
        writer.Write("</div>\n</article>\n");
    }

    private static void WriteRemoved(TextWriter writer, RemovedSpan removed)
    {
        writer.Write($"<details class=\"cd-removed\" data-removed-kind=\"{removed.KindName}\"><summary>removed {removed.KindName.Replace('-', ' ')}</summary><p>");
        HtmlText.Write(writer, removed.Text);
        writer.Write("</p></details>\n");
    }

    private static void WriteSentence(TextWriter writer, ComparisonResult r, Sentence sentence, string prefix, SentenceLinks links, bool source)
    {
        var i = sentence.Index;
        var alignments = source ? links.SourceAlignments[i] : links.TargetAlignments[i];
        var divergences = source ? links.SourceDivergences[i] : links.TargetDivergences[i];
        var involved = source ? links.SourceInvolved[i] : divergences.Count > 0;
        writer.Write($"<span class=\"cd-s{(involved ? " cd-has-dv" : string.Empty)}\" id=\"{prefix}{Int(i)}\" data-i=\"{Int(i)}\" data-kind=\"");
        writer.Write(alignments.Count == 0 ? "unaligned" : ReportNames.Of(alignments.Min(a => r.Alignments[a].Kind)));
        if (alignments.Count > 0)
        {
            writer.Write("\" data-a=\"");
            writer.Write(string.Join(' ', alignments.Select(Int)));
        }

        writer.Write("\" tabindex=\"0\">");
        WriteMarked(writer, r, sentence, source ? r.Source.Text : r.Target.Text, divergences, source, prefix);
        writer.Write("</span>");
    }

    /// <summary>
    /// Writes a sentence's original text with its divergent spans wrapped in <c>mark</c>. Spans may overlap; a span
    /// starting inside an earlier mark starts where that mark ends, and one left empty joins the earlier mark, so marks
    /// never nest and every divergence stays reachable.
    /// </summary>
    private static void WriteMarked(TextWriter writer, ComparisonResult r, Sentence sentence, string text, List<int> divergences, bool source, string prefix)
    {
        var spans = new List<(int Start, int End, List<int> Divergences)>();
        foreach (var d in divergences.OrderBy(d => SpanOf(r.Divergences[d], source).Start).ThenByDescending(d => SpanOf(r.Divergences[d], source).End))
        {
            var span = SpanOf(r.Divergences[d], source);
            var start = Math.Clamp(span.Start, sentence.Start, sentence.End);
            var end = Math.Clamp(span.End, sentence.Start, sentence.End);
            if (spans.Count > 0)
            {
                start = Math.Max(start, spans[^1].End);
            }

            if (end <= start)
            {
                if (spans.Count > 0)
                {
                    spans[^1].Divergences.Add(d);
                    continue;
                }

                // An empty or out-of-sentence span still gets a mark: the whole sentence.
                (start, end) = (sentence.Start, sentence.End);
            }

            spans.Add((start, end, [d]));
        }

        var at = sentence.Start;
        foreach (var (start, end, marks) in spans)
        {
            HtmlText.Write(writer, text.AsSpan(at, start - at));
            var first = r.Divergences[marks[0]];
            var severity = marks.Select(m => r.Divergences[m].Severity).Max();
            writer.Write($"<mark class=\"{(source ? "cd-dvs" : "cd-dv")}\"");
            if (!source)
            {
                writer.Write($" tabindex=\"0\" aria-describedby=\"{prefix}{Int(sentence.Index)}-d{Int(marks[0])}\"");
            }

            writer.Write($" data-d=\"{string.Join(' ', marks.Select(Int))}\"");
            WriteDivergenceData(writer, first.Kind, severity);
            writer.Write(">");
            HtmlText.Write(writer, text.AsSpan(start, end - start));
            writer.Write($"<span class=\"cd-tip\" role=\"tooltip\" id=\"{prefix}{Int(sentence.Index)}-d{Int(marks[0])}\">");
            for (var m = 0; m < marks.Count; m++)
            {
                writer.Write(m > 0 ? "<br>" : string.Empty);
                WriteDivergenceLabel(writer, r.Divergences[marks[m]]);
            }

            writer.Write("</span></mark>");
            at = end;
        }

        HtmlText.Write(writer, text.AsSpan(at, sentence.End - at));
    }

    // Unchanged runs inside a pair's diff are shortened past this many characters: the columns show them in full.
    private const int KeepUnchanged = 160;

    private static TextSpan SpanOf(Divergence divergence, bool source) =>
        source ? divergence.SourceSpan ?? default : divergence.TargetSpan;

    private static void WriteDiff(TextWriter writer, SentenceAlignment alignment)
    {
        writer.Write("<p class=\"cd-diff\">");
        if (alignment.Diff.All(s => s.Operation == DiffOperation.Equal))
        {
            // Both columns already show the text; an unchanged pair only says so, which keeps a page of reprints small.
            writer.Write("<span class=\"cd-note\">(no word changes)</span></p>");
            return;
        }

        WriteSegments(writer, alignment.Diff, KeepUnchanged);
        writer.Write("</p>");
    }

    /// <summary>Writes diff segments as text, <c>del</c> and <c>ins</c>; unchanged runs longer than <paramref name="keep"/> characters are shortened in the middle.</summary>
    internal static void WriteSegments(TextWriter writer, IReadOnlyList<DiffSegment> diff, int keep)
    {
        // Runs carry their own spacing (each word keeps the punctuation and spaces after it), so they are joined as they
        // are; an edit's surrounding whitespace stays outside its del/ins so the marks hug the words.
        for (var i = 0; i < diff.Count; i++)
        {
            var segment = diff[i];
            switch (segment.Operation)
            {
                case DiffOperation.Delete:
                    WriteEdit(writer, "del", segment.Text);
                    break;
                case DiffOperation.Insert:
                    WriteEdit(writer, "ins", segment.Text);
                    break;
                default:
                    if (segment.Text.Length > keep)
                    {
                        var half = keep / 2;
                        HtmlText.Write(writer, segment.Text.AsSpan(0, half));
                        writer.Write($"<span class=\"cd-elided\"> … {Int(segment.Text.Length - (2 * half))} characters unchanged … </span>");
                        HtmlText.Write(writer, segment.Text.AsSpan(segment.Text.Length - half));
                    }
                    else
                    {
                        HtmlText.Write(writer, segment.Text);
                    }

                    break;
            }
        }
    }

    private static void WriteEdit(TextWriter writer, string tag, string text)
    {
        var start = text.Length - text.TrimStart().Length;
        var end = text.TrimEnd().Length;
        HtmlText.Write(writer, text.AsSpan(0, start));
        if (end > start)
        {
            writer.Write($"<{tag}>");
            HtmlText.Write(writer, text.AsSpan(start, end - start));
            writer.Write($"</{tag}>");
        }

        HtmlText.Write(writer, text.AsSpan(Math.Max(start, end)));
    }
}
