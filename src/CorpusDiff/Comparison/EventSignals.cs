using System.Buffers;
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
    /// <summary>Lower-case particles inside surnames (<c>Marieke de Vries</c>).</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al" };

    /// <summary>
    /// Prepositions that put a name in a place, not in the subject (<c>officials in Brussels said</c>); <c>of</c> and
    /// <c>for</c> are left out, since they join a body's own name (<c>Ministry of Health said</c>).
    /// </summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "from", "near", "across", "around", "outside", "inside", "throughout", "within" };

    /// <summary>The publication day, against which a weekday read ahead resolves (<see cref="NewsCalendar.Ahead"/>).</summary>
    private readonly DateOnly? published;

    /// <summary>The bare weekdays that <see cref="NewsCalendar.LooksAhead"/> mean a day ahead.</summary>
    private readonly IReadOnlySet<DateOnly> ahead;

    private EventSignals(DateOnly? published, IReadOnlySet<DateOnly> ahead, IReadOnlyList<DateOnly> dates, IReadOnlyList<DateOnly> mentioned, IReadOnlySet<DateOnly> bareWeekdays, IReadOnlySet<string> actors, IReadOnlyList<string> speakerNames, IReadOnlySet<int> actorSentences)
    {
        ActorSentences = actorSentences;
        this.published = published;
        this.ahead = ahead;
        Dates = dates;
        Mentioned = mentioned;
        BareWeekdays = bareWeekdays;
        Actors = actors;
        SpeakerNames = speakerNames;
    }

    /// <summary>
    /// Gets the dates the body mentions (month and day, weekdays and "the 30th" resolved against the published date),
    /// ascending: the days the report's events happened on.
    /// </summary>
    public IReadOnlyList<DateOnly> Mentioned { get; }

    /// <summary>
    /// Gets the days of <see cref="Mentioned"/> that only a weekday named alone gives (<c>until Wednesday</c>): resolved to
    /// the latest such day, they may mean the next one (<see cref="NewsCalendar.SameDay"/>).
    /// </summary>
    public IReadOnlySet<DateOnly> BareWeekdays { get; }

    /// <summary>Gets the dates the report states, ascending (published date included).</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>Gets the report's main speakers, as lower-case name tokens.</summary>
    public IReadOnlySet<string> Actors { get; }

    /// <summary>Gets the indexes of the sentences in which a main speaker (<see cref="Actors"/>) is quoted.</summary>
    public IReadOnlySet<int> ActorSentences { get; }

    /// <summary>
    /// Gets the main speakers' names as the report writes them (<c>Hans Verbeek</c>, <c>FNV Havens</c>), in order of first
    /// appearance: what a reason shows a reader, where <see cref="Actors"/> holds the tokens compared.
    /// </summary>
    public IReadOnlyList<string> SpeakerNames { get; }

    /// <summary>
    /// Whether the report mentions a day that may be <paramref name="day"/>, as the claim checker reads days
    /// (<see cref="NewsCalendar.SameDay"/>); <paramref name="dayIsBareWeekday"/> says <paramref name="day"/> is itself a
    /// weekday named alone. The published date and the dateline count. <paramref name="stated"/> is the report's own
    /// day when it states one (not a weekday alone), else <see langword="null"/>.
    /// </summary>
    public bool Reports(DateOnly day, bool dayIsBareWeekday, out DateOnly? stated)
    {
        stated = Dates.Where(d => NewsCalendar.SameDay(day, dayIsBareWeekday, d, false))
            .Concat(Mentioned.Where(d => !BareWeekdays.Contains(d) && NewsCalendar.SameDay(day, dayIsBareWeekday, d, false)))
            .Select(d => (DateOnly?)d).FirstOrDefault();
        return stated is not null || BareWeekdays.Any(d => NewsCalendar.SameDay(day, dayIsBareWeekday, d, true));
    }

    /// <summary>
    /// The day a reader takes a mentioned day for: a weekday named alone in a forecast or a plan is the day ahead
    /// (<c>could be cut off until Thursday</c> in a Monday paper), else the latest such day.
    /// </summary>
    public DateOnly Shown(DateOnly day) => ahead.Contains(day) && published is { } p ? NewsCalendar.Ahead(day, p) : day;

    /// <summary>The speakers' names whose tokens are among <paramref name="tokens"/>.</summary>
    public IEnumerable<string> NamesOf(IEnumerable<string> tokens)
    {
        var wanted = tokens.ToHashSet(StringComparer.Ordinal);
        return SpeakerNames.Where(n => Tokenizer.Tokenize(n).Any(t => wanted.Contains(t.Text)));
    }

    /// <summary>
    /// Whether <paramref name="document"/> writes every one of the speakers' names in full (<c>Helen Varga</c>), quoted
    /// there or only mentioned.
    /// </summary>
    public bool AllNamedIn(Document document) =>
        SpeakerNames.Count > 0 && SpeakerNames.All(name =>
        {
            var words = Tokenizer.Tokenize(name).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Text).ToArray();
            return words.Length > 0 && Writes(document, words);
        });

    private static bool Writes(Document document, string[] words)
    {
        var tokens = document.Tokens;
        var matched = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            matched = string.Equals(tokens[i].Text, words[matched], StringComparison.Ordinal) ? matched + 1
                : string.Equals(tokens[i].Text, words[0], StringComparison.Ordinal) ? 1 : 0;
            if (matched == words.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the dates and speakers of a parsed report.</summary>
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

        var weekdays = new HashSet<DateOnly>();
        var ahead = new HashSet<DateOnly>();
        if (published is { } pub)
        {
            foreach (var sentence in document.Sentences)
            {
                AddRelative(document, sentence, pub, mentioned, weekdays, ahead);
            }
        }

        // A day the text also states otherwise (a date, "the 30th") is that day, not a weekday's guess.
        weekdays.ExceptWith(mentioned);
        mentioned.UnionWith(weekdays);
        ahead.IntersectWith(weekdays);

        var (actors, names, actorSentences) = FindActors(document);
        return new EventSignals(published, ahead, [.. dates], [.. mentioned], weekdays, actors, names, actorSentences);
    }

    /// <summary>
    /// Resolves "on Tuesday", "Thursday's" and "the 30th" by the <see cref="NewsCalendar"/>: days of the month into
    /// <paramref name="into"/>, weekdays into <paramref name="weekdays"/>, and those a reader takes for a day ahead into
    /// <paramref name="ahead"/>.
    /// </summary>
    private static void AddRelative(Document document, Sentence sentence, DateOnly published, SortedSet<DateOnly> into, HashSet<DateOnly> weekdays, HashSet<DateOnly> ahead)
    {
        var text = sentence.Text;
        foreach (Match m in Ordinal().Matches(text))
        {
            if (NewsCalendar.DayOfMonth(int.Parse(m.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture), published) is { } date)
            {
                into.Add(date);
            }
        }

        // The words before each weekday, read from the document's own tokens as the matches go along the sentence.
        var before = new List<string>();
        var next = sentence.FirstToken;
        var end = sentence.FirstToken + sentence.TokenCount;
        foreach (Match m in Weekday().Matches(text))
        {
            var day = NewsCalendar.Weekday(Enum.Parse<DayOfWeek>(m.Groups["day"].Value, ignoreCase: true), published);
            weekdays.Add(day);
            var at = next;
            while (at < end && document.Tokens[at].End <= sentence.Start + m.Index)
            {
                at++;
            }

            before.AddRange(Token.Words(document.Tokens, next, at));
            next = at;

            if (NewsCalendar.LooksAhead(before, Token.Words(document.Tokens, next, end)))
            {
                ahead.Add(day);
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

    private static (HashSet<string> Actors, List<string> Names, HashSet<int> Sentences) FindActors(Document document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var quoted = new List<(int Sentence, string Name)>();
        var names = new List<string>();
        HashSet<string>? capitalisedInside = null;
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
                var nameEnd = i - 1;
                var run = NameRunBefore(document, first, nameEnd);
                if (run.Count == 0 && InvertedSpeaker(document, i, end) is { } after)
                {
                    // "…," said Marta Keel, regional secretary: the speaker stands after the verb.
                    for (var k = after.From; k <= after.To; k++)
                    {
                        counts[document.Tokens[k].Text] = counts.GetValueOrDefault(document.Tokens[k].Text) + 1;
                        quoted.Add((sentence.Index, document.Tokens[k].Text));
                    }

                    AddWritten(document, names, after.From, after.To);
                    continue;
                }

                if (run.Count == 0 && AppositiveBefore(document, first, i) is { } opening)
                {
                    // "Helen Marsh, who runs the council, said": the speaker stands before the clause set off by commas.
                    nameEnd = opening - 1;
                    run = NameRunBefore(document, first, nameEnd);
                }

                if (AfterPlacePreposition(document, first, nameEnd + 1 - run.Count))
                {
                    // "Growers in the Kelby Valley say": the speakers are the growers, the name is where they are.
                    continue;
                }

                if (run.Count == 1 && nameEnd == first
                    && !(capitalisedInside ??= CapitalisedInside(document)).Contains(run[0]))
                {
                    // "Campaigners say …": a sentence's first word has its capital from the sentence. It names someone
                    // only if the report capitalises it inside a sentence too ("Li said" beside "Premier Li Qiang").
                    continue;
                }

                foreach (var name in run)
                {
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                    quoted.Add((sentence.Index, name));
                }

                if (run.Count > 0)
                {
                    // The whole run as written ("Hans Verbeek", "FNV Havens"), so a reason names people, not fragments.
                    var from = nameEnd + 1 - run.Count;
                    while (from - 2 >= first && NameParticles.Contains(document.Tokens[from - 1].Text) && char.IsUpper(document.Text[document.Tokens[from - 2].Start])
                        && document.Tokens[from - 2].Kind == TokenKind.Word && !Alignment.StopWords.IsGeneric(document.Tokens[from - 2].Text))
                    {
                        from -= 2;
                    }

                    while (from < nameEnd && Claims.Lexicon.PersonTitles.Contains(document.Tokens[from].Text))
                    {
                        from++;
                    }

                    AddWritten(document, names, from, nameEnd);
                }
            }
        }

        if (counts.Count == 0)
        {
            return ([], [], []);
        }

        var max = counts.Values.Max();
        var actors = counts.Where(c => c.Value * 2 >= max).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        // A name is listed once, in its fullest form: "Verbeek" goes when "Hans Verbeek" is there.
        var listed = names.Where(n => Tokenizer.Tokenize(n).Any(t => actors.Contains(t.Text))).ToList();
        listed.RemoveAll(n => listed.Exists(other => other.Length > n.Length && Tokenizer.Tokenize(n).All(t => Tokenizer.Tokenize(other).Any(o => o.Text == t.Text))));
        return (actors, listed, quoted.Where(q => actors.Contains(q.Name)).Select(q => q.Sentence).ToHashSet());
    }

    /// <summary>The capitalised run of at most three name words ending at token <paramref name="last"/>, last word first.</summary>
    private static List<string> NameRunBefore(Document document, int first, int last)
    {
        var run = new List<string>();
        for (var j = last; j >= first && run.Count < 3; j--)
        {
            if (!IsNameWord(document, j) || (j < last && !SpaceBetween(document, j, j + 1)))
            {
                break;
            }

            run.Add(document.Tokens[j].Text);
        }

        return run;
    }

    /// <summary>
    /// The first token of a short clause set off by commas right before the speech verb at <paramref name="verb"/>
    /// (<c>Helen Marsh, who runs the council, said</c>; <c>Avery, 52, said</c>), so the speaker is read before it;
    /// <see langword="null"/> when no comma precedes the verb, or a quote, a bracket or a sentence mark stands inside.
    /// </summary>
    private static int? AppositiveBefore(Document document, int first, int verb)
    {
        if (verb - 1 <= first || !Gap(document, verb - 1, verb).Contains(','))
        {
            return null;
        }

        for (var k = verb - 1; k > first && verb - k <= MaxAppositiveTokens; k--)
        {
            var gap = Gap(document, k - 1, k);
            if (gap.IndexOfAny(AppositiveBreaks) >= 0)
            {
                return null;
            }

            if (gap.Contains(','))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The longest clause <see cref="AppositiveBefore"/> reads between a speaker and the verb.</summary>
    private const int MaxAppositiveTokens = 12;

    /// <summary>Marks that end an appositive clause before it opens: a quote, a bracket or a sentence mark.</summary>
    private static readonly SearchValues<char> AppositiveBreaks = SearchValues.Create("\"\u201c\u201d()[];:.!?");

    /// <summary>The text between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
    private static ReadOnlySpan<char> Gap(Document document, int a, int b) =>
        document.Text.AsSpan(document.Tokens[a].End, document.Tokens[b].Start - document.Tokens[a].End);

    /// <summary>Lists the name written from token <paramref name="from"/> to <paramref name="to"/>, once.</summary>
    private static void AddWritten(Document document, List<string> names, int from, int to)
    {
        var written = document.Text[document.Tokens[from].Start..document.Tokens[to].End].ReplaceLineEndings(" ");
        if (!names.Contains(written, StringComparer.Ordinal))
        {
            names.Add(written);
        }
    }

    /// <summary>
    /// The capitalised run right after the speech verb at <paramref name="verb"/> when the verb follows a quote or a
    /// comma (<c>…," said Marta Keel</c>, <c>…, said chief executive Dr Priya Nand</c>), titles and role words before
    /// it skipped; <see langword="null"/> when the verb is not inverted or no name follows (<c>…, said Monday</c>).
    /// </summary>
    private static (int From, int To)? InvertedSpeaker(Document document, int verb, int end)
    {
        if (Gap(document, verb - 1, verb).IndexOfAny(",\"\u201d'") < 0)
        {
            return null;
        }

        var k = verb + 1;
        while (k < end && document.Tokens[k].Kind == TokenKind.Word && English.Titles.Contains(document.Tokens[k].Text) && k - verb <= 4)
        {
            k++;
        }

        var run = NameRunAt(document, k, end, verb + 1);
        if (run is not { } name || !document.Tokens[name.To].Text.EndsWith("'s", StringComparison.Ordinal))
        {
            return run;
        }

        // "said Halvorsen's chief executive, Margaret Oyelaran": the possessive names whose officer speaks; the speaker
        // is the name after the title, and with no name the title names nobody.
        var title = name.To + 1;
        while (title < end && title - name.To <= English.MaxTitleWords && document.Tokens[title].Kind == TokenKind.Word
            && English.IsTitleWord(document.Tokens[title].Text, char.IsUpper(document.Text[document.Tokens[title].Start])) && SpaceBetween(document, title - 1, title))
        {
            title++;
        }

        return title == name.To + 1 ? run
            : title < end && Gap(document, title - 1, title).Trim() is "," ? NameRunAt(document, title, end, title)
            : null;
    }

    /// <summary>The run of up to three name words from token <paramref name="from"/> (none past a weekday or month).</summary>
    private static (int From, int To)? NameRunAt(Document document, int from, int end, int first)
    {
        var k = from;
        for (; k < end && k - from < 3; k++)
        {
            var bare = Claims.NameGazetteer.Canonical(document.Tokens[k].Text);
            if (!IsNameWord(document, k) || (k > first && !SpaceBetween(document, k - 1, k))
                || English.Weekdays.ContainsKey(bare) || English.Months.ContainsKey(bare))
            {
                break;
            }
        }

        return k > from ? (from, k - 1) : null;
    }

    /// <summary>Whether token <paramref name="k"/> can be part of a speaker's name: a capitalised word that is neither a function word nor generic.</summary>
    private static bool IsNameWord(Document document, int k)
    {
        var token = document.Tokens[k];
        return token.Kind == TokenKind.Word && char.IsUpper(document.Text[token.Start])
            && !Alignment.StopWords.IsFunctionWord(token.Text) && !Alignment.StopWords.IsGeneric(token.Text);
    }

    /// <summary>Whether only white space stands between tokens <paramref name="a"/> and <paramref name="b"/> (a name's words are not split by punctuation).</summary>
    private static bool SpaceBetween(Document document, int a, int b) => Gap(document, a, b).IsWhiteSpace();

    /// <summary>The words a report writes capitalised other than as a sentence's first word.</summary>
    private static HashSet<string> CapitalisedInside(Document document)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            for (var k = sentence.FirstToken + 1; k < sentence.FirstToken + sentence.TokenCount; k++)
            {
                var token = document.Tokens[k];
                if (token.Kind == TokenKind.Word && char.IsUpper(document.Text[token.Start]))
                {
                    words.Add(token.Text);
                }
            }
        }

        return words;
    }

    /// <summary>Whether the words before token <paramref name="start"/> are a preposition of place, an article between (<c>in the</c>).</summary>
    private static bool AfterPlacePreposition(Document document, int first, int start)
    {
        var k = start - 1;
        if (k >= first && document.Tokens[k].Text is "the" or "a" or "an")
        {
            k--;
        }

        return k >= first && PlacePrepositions.Contains(document.Tokens[k].Text);
    }

    [GeneratedRegex(@"\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:on|of) the (?<day>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    // Every spelling FullDate() matches ("Sept", "Sep", "September", …) is a key of the English lexicon.
    [GeneratedRegex(@"\b(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();
}
