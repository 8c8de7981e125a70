using System.Globalization;
using System.Text.RegularExpressions;
using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Comparison;

/// <summary>
/// What pins a report to one event beyond its words: the dates it states (published, dateline, "Nov. 28",
/// "December 5, 2023") and its speakers (the names that stand right before "said", "stressed", "urged", …).
/// </summary>
internal sealed partial class EventSignals
{
    private EventSignals(IReadOnlyList<DateOnly> dates, IReadOnlyList<DateOnly> mentioned, IReadOnlySet<string> actors)
    {
        Dates = dates;
        Mentioned = mentioned;
        Actors = actors;
    }

    /// <summary>
    /// Gets the dates the body mentions (month and day, weekdays and "the 30th" resolved against the published date),
    /// ascending: the days the report's events happened on.
    /// </summary>
    public IReadOnlyList<DateOnly> Mentioned { get; }

    /// <summary>Gets the dates the report states, ascending (published date included).</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>Gets the report's main speakers, as lower-case name tokens.</summary>
    public IReadOnlySet<string> Actors { get; }

    public static EventSignals Of(Document document)
    {
        var dates = new SortedSet<DateOnly>();
        var published = document.Published;
        if (published is { } p)
        {
            dates.Add(p);
        }

        if (document.Dateline?.Date is { } dateline)
        {
            dates.Add(dateline);
        }

        var text = document.Text;
        var mentioned = new SortedSet<DateOnly>();
        int? year = published?.Year;
        foreach (Match m in FullDate().Matches(text))
        {
            if (TryDate(m.Groups["month"].Value, m.Groups["day"].Value, m.Groups["year"].Value, null, null, out var d))
            {
                dates.Add(d);
                mentioned.Add(d);
                year ??= d.Year;
            }
        }

        if (year is { } y)
        {
            foreach (Match m in FullDate().Matches(text))
            {
                if (m.Groups["year"].Success)
                {
                    continue;
                }

                if (TryDate(m.Groups["month"].Value, m.Groups["day"].Value, string.Empty, published, y, out var d))
                {
                    dates.Add(d);
                    mentioned.Add(d);
                }
            }
        }

        if (published is { } pub)
        {
            foreach (var sentence in document.Sentences)
            {
                AddRelative(sentence.Text, pub, mentioned);
            }
        }

        return new EventSignals([.. dates], [.. mentioned], FindActors(document));
    }

    /// <summary>Resolves "on Tuesday", "Thursday's" and "the 30th" by the <see cref="NewsCalendar"/>.</summary>
    private static void AddRelative(string text, DateOnly published, SortedSet<DateOnly> into)
    {
        foreach (Match m in Weekday().Matches(text))
        {
            into.Add(NewsCalendar.Weekday(Enum.Parse<DayOfWeek>(m.Groups["day"].Value, ignoreCase: true), published));
        }

        foreach (Match m in Ordinal().Matches(text))
        {
            if (NewsCalendar.DayOfMonth(int.Parse(m.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture), published) is { } date)
            {
                into.Add(date);
            }
        }
    }

    /// <summary>
    /// Reads a written month-day: with its year when written, else resolved by the <see cref="NewsCalendar"/> against
    /// the publication date, else (no publication date) in the year of a full date the text states.
    /// </summary>
    private static bool TryDate(string month, string day, string year, DateOnly? published, int? fallbackYear, out DateOnly date)
    {
        var monthNumber = NewsCalendar.Month(month);
        var dayNumber = NewsCalendar.Number(day) ?? 0;
        var resolved = year.Length > 0 ? NewsCalendar.Create(NewsCalendar.Number(year) ?? 0, monthNumber, dayNumber)
            : published is not null ? NewsCalendar.MonthDay(monthNumber, dayNumber, published)
            : fallbackYear is { } y ? NewsCalendar.Create(y, monthNumber, dayNumber)
            : null;
        date = resolved ?? default;
        return resolved is not null;
    }

    private static HashSet<string> FindActors(Document document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            for (var i = first + 1; i < end; i++)
            {
                if (!English.SpeechVerbs.Contains(document.Tokens[i].Text))
                {
                    continue;
                }

                // Walk back over the capitalised run right before the verb ("Xi Jinping stressed", "Li said").
                var run = new List<string>();
                for (var j = i - 1; j >= first && run.Count < 3; j--)
                {
                    var token = document.Tokens[j];
                    var gapIsSpace = j == i - 1 || string.IsNullOrWhiteSpace(document.Text[token.End..document.Tokens[j + 1].Start]);
                    if (token.Kind != TokenKind.Word || !char.IsUpper(document.Text[token.Start]) || !gapIsSpace
                        || Alignment.StopWords.IsFunctionWord(token.Text) || Alignment.StopWords.IsGeneric(token.Text))
                    {
                        break;
                    }

                    run.Add(token.Text);
                }

                foreach (var name in run)
                {
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }
            }
        }

        if (counts.Count == 0)
        {
            return [];
        }

        var max = counts.Values.Max();
        return counts.Where(c => c.Value * 2 >= max).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:on|of) the (?<day>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    // Every spelling FullDate() matches ("Sept", "Sep", "September", …) is a key of the English lexicon.
    [GeneratedRegex(@"\b(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();
}
