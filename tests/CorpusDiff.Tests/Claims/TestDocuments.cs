using System.Globalization;
using System.Text.RegularExpressions;
using CorpusDiff.Documents;
using CorpusDiff.Claims;

namespace CorpusDiff.Tests.Claims;

/// <summary>
/// Builds documents for claim tests: plain body text with a chosen publication date, and news files read with the
/// default parser. Where the parser does not (yet) read the <c>date YYYY-MM-DD</c> / <c>Updated: Month d, yyyy</c>
/// header, the header is applied here the way the news-file convention defines it (date set, header lines out of
/// the body), so the claim tests exercise the checker rather than the parser.
/// </summary>
internal static partial class TestDocuments
{
    private static readonly DocumentParser Plain = new(DocumentOptions.Default with { ParseHeaders = false });

    public static Document Body(string text, string? published = null, string id = "doc")
    {
        var document = Plain.Parse(text, id);
        return published is null ? document : With(document, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), 0);
    }

    /// <summary>Checks a target against a source with the default checker, both published on <paramref name="published"/>.</summary>
    public static ConsistencyReport CheckPair(string source, string target, string published = "2023-03-05") =>
        ClaimChecker.Default.Check(Body(source, published, "source"), Body(target, published, "target"));

    public static Document File(string path)
    {
        var document = DocumentParser.Default.ParseFile(path);
        if (document.Published is not null)
        {
            return document;
        }

        var text = document.Text;
        var leading = LeadingDate().Match(text);
        if (leading.Success)
        {
            // "date 2023-12-04 <headline>": the whole first line is header.
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            return With(document, DateOnly.ParseExact(leading.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), end < 0 ? text.Length : end);
        }

        var updated = UpdatedLine().Match(text);
        if (updated.Success)
        {
            var date = DateOnly.ParseExact(updated.Groups[1].Value, "MMMM d, yyyy", CultureInfo.InvariantCulture);
            return With(document, date, updated.Index + updated.Length);
        }

        return document;
    }

    private static Document With(Document document, DateOnly published, int headerEnd)
    {
        // The wire dateline ("ROTTERDAM, March 8 --") opening the body is header too.
        var dateline = Dateline().Match(document.Text, headerEnd);
        if (dateline.Success && dateline.Index - headerEnd < 400)
        {
            headerEnd = dateline.Index + dateline.Length;
        }

        var sentences = new List<Sentence>();
        foreach (var sentence in document.Sentences)
        {
            var start = Math.Max(sentence.Start, headerEnd);
            if (start >= sentence.End)
            {
                continue;
            }

            var firstToken = sentence.FirstToken;
            var count = sentence.TokenCount;
            while (count > 0 && document.Tokens[firstToken].Start < start)
            {
                firstToken++;
                count--;
            }

            while (start < sentence.End && char.IsWhiteSpace(document.Text[start]))
            {
                start++;
            }

            sentences.Add(new Sentence(sentences.Count, start, sentence.End, document.Text[start..sentence.End], sentence.ParagraphIndex, firstToken, count));
        }

        return new Document(
            document.Id, document.Path, document.Text, document.Title, document.TitleSpan, document.Outlet, published, document.Dateline,
            document.Paragraphs, sentences, document.Tokens, document.Removed);
    }

    [GeneratedRegex(@"^\s*date (\d{4}-\d{2}-\d{2})")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"(?m)^[A-Z][A-Z/ .,'-]+, [A-Za-z ,.]*?\d{1,2} --")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"Updated: ([A-Z][a-z]+ \d{1,2}, \d{4})")]
    private static partial Regex UpdatedLine();
}
