using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Alignment;

/// <summary>
/// Dated verbs: a verb next to a date (<c>on Tuesday and Wednesday visited</c>, <c>On the afternoon of Nov. 29, Xi
/// visited</c>) or a month named alone (<c>closed its unit in July</c>). Each report's dates are resolved against its
/// own publication day, so a rewrite's <c>Wednesday</c> meets the source's <c>Nov. 29</c>. A source sentence states a
/// target's dated verb when it has a match of the verb near a date that resolves to the same day, or a month named
/// alone that a day of the other is in (<see cref="MonthMeets"/>): it reports what happened then, as the target does. A
/// date both sentences name is also evidence of its own (<see cref="SharesDay"/>).
/// </summary>
internal static class DatedVerbs
{
    /// <summary>How far (in tokens) a verb may stand from its date, either side (<c>Nov. 29, Xi visited</c>).</summary>
    private const int Window = 3;


    /// <summary>The target sentence's (day, verb) pairs, each verb as the source term ids that match it.</summary>
    public static List<(DateOnly Day, bool Weekday, bool Month, int[] Verb)> Of(PairModel model, int t)
    {
        var found = new List<(DateOnly Day, bool Weekday, bool Month, int[] Verb)>();
        var document = model.Target.Document;
        if (document.Published is null || model.Source.Document.Published is null)
        {
            return found;
        }

        foreach (var (day, at, weekday, month) in Dated(document, document.Sentences[t]))
        {
            foreach (var v in VerbsNear(document, document.Sentences[t], at))
            {
                var term = model.Target.Lookup(Stemmer.Stem(document.Tokens[v].Text));
                var ids = term < 0 ? [] : model.MatchingSourceTerms(term);
                if (ids.Length > 0)
                {
                    found.Add((day, weekday, month, ids));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the target sentence names a day that a sentence of the group names too, as the claim checker compares
    /// days (<see cref="NewsCalendar.SameDay"/>: a forecast's <c>until Wednesday</c> may be read backwards in one report
    /// and forwards in the other), or a month named alone that one names too or writes a day of (<see cref="MonthMeets"/>:
    /// <c>resigned in September</c>, <c>stood down … on September 12</c>). Day and month names weigh nothing as terms, so
    /// a rewrite's <c>Tuesday</c> for the source's <c>Nov. 28</c> loses no support; a shared date is still a fact the two
    /// sentences state.
    /// </summary>
    public static bool SharesDay(PairModel model, int t, List<int> group)
    {
        var target = model.Target.Document;
        var source = model.Source.Document;
        if (target.Published is null || source.Published is null)
        {
            return false;
        }

        // The target's dates are read once; a source sentence is read only when the target names a day or a month.
        var dates = Dated(target, target.Sentences[t]).ToList();
        if (dates.Count == 0)
        {
            return false;
        }

        foreach (var s in group)
        {
            foreach (var (other, _, otherWeekday, otherMonth) in Dated(source, source.Sentences[s]))
            {
                foreach (var (day, _, weekday, month) in dates)
                {
                    if ((!month && !otherMonth && NewsCalendar.SameDay(day, weekday, other, otherWeekday))
                        || MonthMeets(day, weekday, month, other, otherWeekday, otherMonth))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether source sentence <paramref name="s"/> states a dated verb of the target that no sentence of the group states.</summary>
    public static bool StatesNew(PairModel model, List<(DateOnly Day, bool Weekday, bool Month, int[] Verb)> dated, List<int> group, int s) =>
        GroupFacts.StatesNew(model.Source, dated, group, s, States);

    private static bool States(TermProfile source, int s, (DateOnly Day, bool Weekday, bool Month, int[] Verb) relation)
    {
        var document = source.Document;
        var sentence = document.Sentences[s];
        foreach (var (day, at, weekday, month) in Dated(document, sentence))
        {
            if (day != relation.Day && !MonthMeets(day, weekday, month, relation.Day, relation.Weekday, relation.Month))
            {
                continue;
            }

            foreach (var v in VerbsNear(document, sentence, at))
            {
                if (Array.IndexOf(relation.Verb, source.Lookup(Stemmer.Stem(document.Tokens[v].Text))) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// What a verb may be dated by: the sentence's days and its months named alone (<c>closed its unit in July</c>, <c>The
    /// unit shut in July</c>), a month as its first day.
    /// </summary>
    private static IEnumerable<(DateOnly Day, (int First, int Last) At, bool Weekday, bool Month)> Dated(Document document, Sentence sentence) =>
        Dates(document, sentence).Select(d => (d.Day, d.At, d.Weekday, false))
            .Concat(MonthsAlone(document, sentence).Select(m => (m.Month, (m.At, m.At), false, true)));

    /// <summary>
    /// The sentence's days with the token span they are written in: weekdays (<c>Tuesday</c>, marked as such) and
    /// month-days (<c>Nov. 29</c>), resolved against the document's publication day.
    /// </summary>
    private static IEnumerable<(DateOnly Day, (int First, int Last) At, bool Weekday)> Dates(Document document, Sentence sentence)
    {
        var published = document.Published!.Value;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            var text = document.Tokens[i].Text;
            if (English.Weekdays.TryGetValue(text, out var weekday))
            {
                yield return (NewsCalendar.Weekday(weekday, published), (i, i), true);
                continue;
            }

            var month = NewsCalendar.Month(text);
            if (month > 0 && i + 1 < end && document.Tokens[i + 1].Kind == TokenKind.Number
                && NewsCalendar.Number(document.Tokens[i + 1].Text) is { } number && number is >= 1 and <= 31
                && NewsCalendar.MonthDay(month, number, published) is { } day)
            {
                yield return (day, (i, i + 1), false);
                i++;
            }
        }
    }

    /// <summary>
    /// The sentence's months named alone (<c>in September</c>: capitalised, not an ordinary word like <c>May</c>, after
    /// a word of <see cref="English.MonthAloneLeads"/>, with no day after it), resolved as the claims resolve them
    /// (<see cref="NewsCalendar.MonthAlone"/>) to their first day.
    /// </summary>
    private static IEnumerable<(DateOnly Month, int At)> MonthsAlone(Document document, Sentence sentence)
    {
        var published = document.Published!.Value;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken + 1; i < end; i++)
        {
            var token = document.Tokens[i];
            var month = NewsCalendar.Month(token.Text);
            if (month > 0 && char.IsUpper(document.Text[token.Start]) && !English.AmbiguousMonths.Contains(token.Text)
                && English.MonthAloneLeads.Contains(document.Tokens[i - 1].Text)
                && (i + 1 >= end || document.Tokens[i + 1].Kind != TokenKind.Number))
            {
                yield return (NewsCalendar.MonthAlone(month, published), i);
            }
        }
    }

    /// <summary>
    /// Whether either of two dates is a month named alone (as <see cref="MonthsAlone"/> gives it: its first day) that the
    /// other meets, either way round: the same month, or a day written in it (<c>closed its unit in July</c>, <c>The unit
    /// shut on July 15</c>; <c>meet again in February</c>, <c>due on February 4</c>). A weekday does not: the month it
    /// falls in is the calendar's reading, not the writer's.
    /// </summary>
    private static bool MonthMeets(DateOnly a, bool aWeekday, bool aMonth, DateOnly b, bool bWeekday, bool bMonth)
    {
        static bool InMonth(DateOnly month, DateOnly day, bool weekday) => !weekday && new DateOnly(day.Year, day.Month, 1) == month;
        return (aMonth && InMonth(a, b, bWeekday)) || (bMonth && InMonth(b, a, aWeekday));
    }

    /// <summary>Lower-case content words within <see cref="Window"/> tokens of a date, either side.</summary>
    private static IEnumerable<int> VerbsNear(Document document, Sentence sentence, (int First, int Last) at)
    {
        var from = Math.Max(sentence.FirstToken, at.First - Window);
        var to = Math.Min(sentence.FirstToken + sentence.TokenCount - 1, at.Last + Window);
        for (var v = from; v <= to; v++)
        {
            var token = document.Tokens[v];
            if ((v < at.First || v > at.Last) && Relations.IsVerbLike(document, token)
                && !English.Weekdays.ContainsKey(token.Text) && NewsCalendar.Month(token.Text) == 0)
            {
                yield return v;
            }
        }
    }
}
