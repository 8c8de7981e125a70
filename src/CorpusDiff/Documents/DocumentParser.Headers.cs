using System.Text.RegularExpressions;
using CorpusDiff.Language;

namespace CorpusDiff.Documents;

/// <summary>
/// Header rules: a leading <c>date YYYY-MM-DD</c>, an <c>Updated: December 5, 2023 21:46 Xinhua</c> line, the headline
/// and a wire dateline (<c>SHANGHAI/YANCHENG, Jiangsu, Dec. 5 --</c>). A line that matches none of them is body text:
/// headers are read where the file states them, never guessed.
/// </summary>
public sealed partial class DocumentParser
{
    // No pattern here has a match timeout: each runs on one line of bounded length (MaxHeaderLength, MaxCaptionLength)
    // with bounded or anchored quantifiers, so its cost is linear in the line. A wall-clock timeout only made parsing
    // depend on the machine's load (a CPU-starved 1M-document run failed on a caption line).

    /// <summary>A headline-shaped line needs this many words to be taken as the title (shorter ones are labels: "Breaking", "World News").</summary>
    private const int MinTitleWords = 3;

    /// <summary>An outlet named on an "updated … by …" line is at most this long; a longer name is a sentence, not a header.</summary>
    private const int MaxOutletWords = 6;

    /// <summary>The longest header line (or dateline window) the header patterns look at.</summary>
    private const int MaxHeaderLength = 200;

    /// <summary>Reads the header lines at the top of <paramref name="text"/>.</summary>
    private HeaderFields ReadHeaders(string text, List<TextLine> lines)
    {
        string? title = null;
        TextSpan? titleSpan = null;
        DateOnly? published = null;
        string? outlet = null;
        var sawDate = false;
        var sawUpdated = false;
        var li = NextNonBlank(lines, 0);
        var bodyStart = -1;
        while (li < lines.Count)
        {
            var line = lines[li];
            var next = NextNonBlank(lines, li + 1);
            if (!sawDate && !sawUpdated && title is null && TryReadDateLine(text, line, out var date, out var restStart))
            {
                sawDate = true;
                published = date;
                if (restStart < line.ContentEnd)
                {
                    // " date 2023-12-04 Headline" carries the headline on the same line; " date 2023-11-30 Xi Jinping, …"
                    // carries the first body sentence.
                    if (next < lines.Count && HeadlineShape.IsHeadline(text, restStart, line.ContentEnd, Options.MaxTitleWords, out var words) && words >= MinTitleWords)
                    {
                        title = text[restStart..line.ContentEnd];
                        titleSpan = new TextSpan(restStart, line.ContentEnd);
                        li = next;
                        continue;
                    }

                    bodyStart = restStart;
                    break;
                }

                li = next;
                continue;
            }

            if (!sawUpdated && TryReadUpdatedLine(text, line, out var updated, out var updatedOutlet))
            {
                sawUpdated = true;
                published ??= updated;
                outlet ??= updatedOutlet;
                li = next;
                continue;
            }

            if (title is null && next < lines.Count
                && HeadlineShape.IsHeadline(text, line.ContentStart, line.ContentEnd, Options.MaxTitleWords, out var titleWords) && titleWords >= MinTitleWords
                && !LooksLikeBoilerplate(text, line.ContentStart, line.ContentEnd))
            {
                title = text[line.ContentStart..line.ContentEnd];
                titleSpan = line.Content;
                li = next;
                continue;
            }

            break;
        }

        if (li >= lines.Count)
        {
            return new HeaderFields(title, titleSpan, published, outlet, null, lines.Count, text.Length);
        }

        if (bodyStart < 0)
        {
            bodyStart = lines[li].ContentStart;
        }

        Dateline? dateline = null;
        if (TryReadDateline(text, bodyStart, lines[li].ContentEnd, published) is { } found)
        {
            dateline = found.Value;
            outlet ??= found.Outlet;
            bodyStart = found.Value.End;
        }

        return new HeaderFields(title, titleSpan, published, outlet, dateline, li, bodyStart);
    }

    private static int NextNonBlank(List<TextLine> lines, int from)
    {
        while (from < lines.Count && lines[from].IsBlank)
        {
            from++;
        }

        return from;
    }

    /// <summary>Reads <c>date YYYY-MM-DD</c> at the start of a line; an impossible date is not a header.</summary>
    private static bool TryReadDateLine(string text, TextLine line, out DateOnly date, out int restStart)
    {
        date = default;
        restStart = line.ContentStart;
        var match = DateLinePattern().Match(text, line.ContentStart, line.ContentEnd - line.ContentStart);
        if (!match.Success)
        {
            return false;
        }

        var parsed = NewsCalendar.Create(
            NewsCalendar.Number(match.Groups["y"].ValueSpan) ?? 0,
            NewsCalendar.Number(match.Groups["m"].ValueSpan) ?? 0,
            NewsCalendar.Number(match.Groups["d"].ValueSpan) ?? 0);
        if (parsed is not { } value)
        {
            return false;
        }

        date = value;
        var (s, _) = ParagraphSplitter.Trim(text, match.Index + match.Length, line.ContentEnd);
        restStart = s;
        return true;
    }

    /// <summary>Reads <c>Updated: December 5, 2023 21:46 Xinhua</c> (or <c>Published:</c>, ISO dates, no outlet).</summary>
    private static bool TryReadUpdatedLine(string text, TextLine line, out DateOnly? date, out string? outlet)
    {
        date = null;
        outlet = null;
        var length = line.ContentEnd - line.ContentStart;
        if (length > MaxHeaderLength)
        {
            return false;
        }

        var match = UpdatedLinePattern().Match(text, line.ContentStart, length);
        if (!match.Success)
        {
            return false;
        }

        date = match.Groups["iso"].Success
            ? NewsCalendar.Create(NewsCalendar.Number(match.Groups["iy"].ValueSpan) ?? 0, NewsCalendar.Number(match.Groups["im"].ValueSpan) ?? 0, NewsCalendar.Number(match.Groups["id"].ValueSpan) ?? 0)
            : NewsCalendar.Create(NewsCalendar.Number(match.Groups["year"].ValueSpan) ?? 0, NewsCalendar.Month(match.Groups["month"].ValueSpan), NewsCalendar.Number(match.Groups["day"].ValueSpan) ?? 0);
        if (date is null)
        {
            return false;
        }

        var name = match.Groups["outlet"];
        if (name.Success)
        {
            if (HeadlineShape.CountWords(name.ValueSpan) > MaxOutletWords)
            {
                return false;
            }

            outlet = name.Value;
        }

        return true;
    }

    /// <summary>Reads a wire dateline at the start of the body: <c>SHANGHAI/YANCHENG, Jiangsu, Dec. 5 --</c>.</summary>
    private static (Dateline Value, string? Outlet)? TryReadDateline(string text, int start, int end, DateOnly? published)
    {
        // A dateline is short; bounding the input keeps the pattern linear on a long all-capitals opening.
        var match = DatelinePattern().Match(text, start, Math.Min(end - start, MaxHeaderLength));
        if (!match.Success)
        {
            return null;
        }

        var month = match.Groups["month"];
        var hasDate = month.Success;
        var monthNumber = hasDate ? NewsCalendar.Month(month.ValueSpan) : 0;
        if (hasDate && monthNumber == 0)
        {
            return null;
        }

        var outlet = match.Groups["outlet"];
        var dash = match.Groups["dash"];

        // "US-China talks" is not a dateline: a bare hyphen needs a date or an outlet to mark one.
        if (!hasDate && !outlet.Success && dash.ValueSpan is "-")
        {
            return null;
        }

        var places = new List<string>();
        foreach (var place in match.Groups["places"].Value.Split('/'))
        {
            places.Add(place.Trim());
        }

        foreach (Capture region in match.Groups["region"].Captures)
        {
            places.Add(region.Value.Trim());
        }

        var date = hasDate ? NewsCalendar.MonthDay(monthNumber, NewsCalendar.Number(match.Groups["day"].ValueSpan) ?? 0, published) : null;
        var dateline = new Dateline(match.Index, dash.Index + dash.Length, places, date);
        return (dateline, outlet.Success ? outlet.Value.Trim() : null);
    }

    [GeneratedRegex(@"^date:?[ \t]+(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLinePattern();

    [GeneratedRegex(
        @"^(?:Last[ \t]+updated|Updated|Published|Posted)[ \t]*:?[ \t]+" +
        @"(?:(?<month>[A-Za-z]{3,9})\.?[ \t]+(?<day>\d{1,2}),?[ \t]+(?<year>\d{4})|(?<iso>(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})))" +
        @"(?:[ \t,T]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?" +
        @"(?:[ \t]*\(?(?:GMT|UTC|BJT|CST|HKT)[+\-]?[\d:]*\)?)?" +
        @"(?:[ \t]*[|·,\-–—]?[ \t]*(?<outlet>\p{L}[^\r\n|]*?))?[ \t]*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLinePattern();

    [GeneratedRegex(
        @"^(?<places>\p{Lu}[\p{Lu}\p{M}.'’\- ]*\p{Lu}\.?(?:[ \t]*/[ \t]*\p{Lu}[\p{Lu}\p{M}.'’\- ]*\p{Lu}\.?)*)" +
        @"(?:,[ \t]*(?<region>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t]\p{Lu}[\p{L}\p{M}.'’\-]*){0,2}))*?" +
        @"(?:,[ \t]*(?<month>[A-Z][a-z]{2,8})\.?[ \t]+(?<day>\d{1,2}))?" +
        @"[ \t]*(?:\((?<outlet>[^()\r\n]{1,40})\))?[ \t]*(?<dash>--|—|–|-)(?=\s)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();
}
