using CorpusDiff.Dedup;
using CorpusDiff.Diffing;
using CorpusDiff.Documents;

using static CorpusDiff.Reports.ReportFormat;

namespace CorpusDiff.Reports;

/// <summary>
/// Writes a <see cref="DedupResult"/> as one self-contained HTML page (same frame, stylesheet and CSP as
/// <see cref="ComparisonHtml"/>): each group with copies under its representative, every member's relation and scores,
/// and, on expand, the word diff of the member's text against the representative's; singletons counted and listed on
/// expand. Any verb that produces a <see cref="DedupResult"/> can reuse it.
/// </summary>
public static class DedupHtml
{
    // Unchanged runs in a member diff are shortened to this many characters so a page of long copies stays small.
    private const int KeepUnchanged = 240;

    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write (UTF-8).</param>
    /// <param name="result">The groups and pairs.</param>
    /// <param name="options">The options the result was made with (method and threshold are shown).</param>
    /// <param name="load">
    /// Reads a document again for its member diff (the deduplicator releases texts); <see langword="null"/>, or a
    /// <see langword="null"/> result, leaves that diff out. Called only for members of groups with copies.
    /// </param>
    /// <param name="index">What a persistent index update did, if there was one.</param>
    public static void Write(TextWriter writer, DedupResult result, DedupOptions options, Func<DedupDocument, Document?>? load = null, DedupIndexReport? index = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var byId = result.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var copies = result.Groups.Where(g => g.Members.Count > 1).ToList();
        var singletons = result.Groups.Where(g => g.Members.Count == 1).ToList();
        HtmlPage.Begin(writer, $"CorpusDiff: deduplication of {Int(result.Documents.Count)} documents", "dedup");
        writer.Write("<header class=\"cd-top\">\n<h1>Deduplication</h1>\n<p class=\"cd-note\">");
        writer.Write($"{Int(result.Documents.Count)} documents, {Int(result.Groups.Count)} groups, {Int(copies.Count)} with copies; method {ReportNames.Of(options.Method)}, threshold {Fixed(options.Threshold)}");
        writer.Write("</p>\n</header>\n<main>\n<h2>Groups with copies</h2>\n<ol class=\"cd-groups\">\n");
        for (var g = 0; g < copies.Count; g++)
        {
            WriteGroup(writer, copies[g], g, byId, load);
        }

        writer.Write("</ol>\n");
        writer.Write($"<details class=\"cd-singletons\"><summary>{Count(singletons.Count, "singleton")} (no copy found)</summary>\n<ul>\n");
        foreach (var s in singletons)
        {
            writer.Write("<li class=\"cd-id\">");
            HtmlText.Write(writer, s.Representative);
            writer.Write("</li>\n");
        }

        writer.Write("</ul>\n</details>\n");
        if (index is not null)
        {
            WriteIndex(writer, index);
        }

        writer.Write("</main>\n");
        HtmlPage.End(writer);
    }

    private static void WriteGroup(TextWriter writer, DedupGroup group, int number, Dictionary<string, DedupDocument> byId, Func<DedupDocument, Document?>? load)
    {
        var id = "g" + Int(number);
        writer.Write($"<li class=\"cd-group\" id=\"{id}\" data-representative=\"");
        HtmlText.Write(writer, group.Representative);
        writer.Write($"\" aria-labelledby=\"{id}-h\">\n<h3 id=\"{id}-h\">Group of {Int(group.Members.Count)}: ");
        HtmlSpans.Id(writer, group.Representative);
        writer.Write("</h3>\n<table>\n<thead><tr><th scope=\"col\">member</th><th scope=\"col\">relation</th><th scope=\"col\">Jaccard</th><th scope=\"col\">containment</th></tr></thead>\n<tbody>\n");
        var representative = load is not null && byId.TryGetValue(group.Representative, out var r) ? load(r) : null;
        foreach (var member in group.Members)
        {
            var relation = ReportNames.Of(member.Relation);
            writer.Write($"<tr class=\"cd-member\" data-relation=\"{relation}\"><th scope=\"row\">");
            HtmlSpans.Id(writer, member.Id);
            if (member.Relation != DedupRelation.Representative && representative is not null && byId.TryGetValue(member.Id, out var m) && load!(m) is { } document)
            {
                WriteMemberDiff(writer, representative, document);
            }

            writer.Write("</th><td>");
            HtmlSpans.Named(writer, "cd-rel", "relation", relation);
            writer.Write($"</td><td class=\"cd-num\">{Three(member.Jaccard)}</td><td class=\"cd-num\">{Three(member.Containment)}</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</li>\n");
    }

    private static void WriteMemberDiff(TextWriter writer, Document representative, Document member)
    {
        var all = (Document d) => Enumerable.Range(0, d.Sentences.Count).ToList();
        var diff = WordDiff.Default.Diff(representative, all(representative), member, all(member));
        var changed = diff.Count(s => s.Operation != DiffOperation.Equal);
        writer.Write("<details class=\"cd-member-diff\"><summary>diff against the representative (");
        writer.Write(changed == 0 ? "no word changes" : $"{Int(changed)} changed runs");
        writer.Write(")</summary><p class=\"cd-diff\">");
        ComparisonHtml.WriteSegments(writer, diff, KeepUnchanged);
        writer.Write("</p></details>");
    }

    private static string Three(double value) => value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteIndex(TextWriter writer, DedupIndexReport index)
    {
        writer.Write("<section class=\"cd-index\" aria-labelledby=\"cd-index-h\"><h2 id=\"cd-index-h\">Index ");
        HtmlSpans.Id(writer, index.File);
        writer.Write($"</h2>\n<p>{Int(index.Loaded)} entries loaded, {Int(index.Saved)} saved, {Int(index.Matches.Count)} matches with documents indexed before (MinHash estimates).</p>\n<ul>\n");
        foreach (var m in index.Matches)
        {
            writer.Write("<li>");
            HtmlSpans.Id(writer, m.Id);
            writer.Write(" ~ ");
            HtmlSpans.Id(writer, m.Indexed);
            writer.Write($" Jaccard {Fixed(m.EstimatedJaccard)}, containment {Fixed(m.EstimatedContainment)}</li>\n");
        }

        writer.Write("</ul>\n</section>\n");
    }
}
