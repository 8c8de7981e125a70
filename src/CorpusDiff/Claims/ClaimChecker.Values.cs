using System.Globalization;
using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Claims;

/// <summary>Numbers, dates and names: a value the source gives differently is a contradiction; one it never gives is unsupported.</summary>
public sealed partial class ClaimChecker
{
    /// <summary>
    /// The lexical support a source sentence needs for its date or name to be a rival of the target's (a swap, not a
    /// fact from elsewhere in the story): half its weighted words. Chosen by hand on the development set; untested
    /// alternative.
    /// </summary>
    private const double RivalSupport = 0.5;

    private static void CheckSentence(CheckContext context)
    {
        foreach (var claim in context.Claims)
        {
            switch (claim.Kind)
            {
                case ClaimKind.Number:
                    CheckNumber(context, claim);
                    break;
                case ClaimKind.Date:
                    CheckDate(context, claim);
                    break;
                case ClaimKind.Entity:
                    CheckEntity(context, claim);
                    break;
                case ClaimKind.Attribution:
                    CheckAttribution(context, claim);
                    break;
                default:
                    break;
            }
        }

        CheckQuantities(context);
        CheckNegations(context);
        CheckQuestion(context);
        ReportAddition(context);
    }

    private static void CheckNumber(CheckContext context, Claim claim)
    {
        var value = claim.Number ?? 0;
        if (context.Source.Numbers.Exists(s => SameNumber(s, claim))
            || (claim.Unit is null && claim.NumberTo is null && context.Source.Dates.Exists(d => d.Day == (int)value || d.Date?.Year == (int)value)))
        {
            return;
        }

        if (claim.Unit == ClaimExtractor.Century && SourceDatesInCentury(context, (int)value))
        {
            return;
        }

        if (value == 2 && claim.NumberTo is null && SourceSaysBoth(context, claim))
        {
            return;
        }

        if (claim.NumberTo is null && SourceSaysOneUnitOf(context, claim))
        {
            return;
        }

        // "more than £500,000" for the source's £572,206: a bound or an approximation the source's number meets.
        // The source's number must be exact: "more than 30" does not restate the source's "more than 40".
        var hedge = HedgeBefore(context.Target, context.Sentence, claim.Span.Start);
        if (hedge != NumberHedge.None && claim.NumberTo is null
            && context.Source.Numbers.Exists(s => s.NumberTo is null && Meets(s, claim, hedge)
                && HedgeBefore(context.Source.Document, context.Source.Document.Sentences[s.Sentence], s.Span.Start) == NumberHedge.None))
        {
            return;
        }

        // A different number counting the same thing in the aligned sentences contradicts; otherwise nothing supports it.
        // A source number the sentence already repeats ("512 million euros, three years after a loss of 40 million euros") is
        // accounted for; only one the target leaves out can have been changed into this one.
        var rival = context.PairedClaims(ClaimKind.Number).FirstOrDefault(s => s.Unit is not null
            && (s.Unit == claim.Unit || English.DurationRatio(s.Unit, claim.Unit) is not null || English.MeasureRatio(s.Unit, claim.Unit) is not null)
            && !context.Claims.Any(t => t.Kind == ClaimKind.Number && SameNumber(s, t)));
        if (rival is not null)
        {
            // Measures in two units are shown with them: "45 mph" against "60 km/h", not 45 against 60.
            var converted = rival.Unit != claim.Unit && English.MeasureRatio(rival.Unit, claim.Unit) is not null;
            context.Contradiction(
                DivergenceKind.Number, claim, rival, DivergenceSeverity.High,
                converted ? English.MeasureText(claim.Text, claim.Unit!) : claim.Text, converted ? English.MeasureText(rival.Text, rival.Unit!) : rival.Text);
            return;
        }

        context.AddFact(claim);
    }

    /// <summary>
    /// Whether the source gives a year or a decade in the century (<c>the 1640s</c> for <c>17th-century coins</c>, <c>in
    /// 1702</c> for <c>the 18th century</c>). Its last year counts too, since the strict count ends centuries on 1700.
    /// </summary>
    private static bool SourceDatesInCentury(CheckContext context, int century)
    {
        var (first, last) = ((century - 1) * 100, century * 100);
        return context.Source.Dates.Exists(d => d.Date?.Year is { } year && year >= first && year <= last)
            || context.Source.Numbers.Exists(s => s.NumberTo is null && s.Number is { } n && n == Math.Floor(n) && n >= Math.Max(first, 1000) && n <= last
                && !IsPercent(s) && !IsMoney(s) && !IsTime(s) && !IsTemperature(s) && s.Unit is not (ClaimExtractor.Ordinal or ClaimExtractor.Century));
    }

    /// <summary>
    /// Whether the source writes <c>both</c> before the noun the target counts two of (<c>both sides</c> for <c>the two
    /// sides</c>, <c>both the drivers</c> for <c>two drivers</c>): the same count in other words.
    /// </summary>
    private static bool SourceSaysBoth(CheckContext context, Claim claim)
    {
        var tokens = context.Target.Tokens;
        var next = context.Sentence.FirstToken;
        var end = context.Sentence.FirstToken + context.Sentence.TokenCount;
        while (next < end && tokens[next].Start < claim.Span.End)
        {
            next++;
        }

        if (next >= end || tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        var noun = NameGazetteer.Canonical(tokens[next].Text);
        return context.Source.FindPhrase(["both", noun]) is not null || context.Source.FindPhrase(["both", "the", noun]) is not null;
    }

    /// <summary>The words that make one more of a unit of time (<c>a further year</c>, <c>an extra week</c>).</summary>
    private static readonly string[] OneMoreUnit = ["further", "extra", "additional", "full", "whole"];

    /// <summary>
    /// Whether the source gives the target's length as one unit of time written with an article, which the number reader
    /// does not count (<c>within a week</c> for <c>within seven days</c>, <c>an hour</c> for <c>60 minutes</c>, <c>a
    /// year</c> for <c>12 months</c>): the same length in other words.
    /// </summary>
    private static bool SourceSaysOneUnitOf(CheckContext context, Claim claim)
    {
        if (claim.Number is not { } value || value <= 1)
        {
            return false;
        }

        // No two units on a ladder last as long, so the first that lasts the target's length is the only one.
        foreach (var unit in English.DurationUnits)
        {
            if (English.DurationRatio(unit, claim.Unit) is { } ratio && Exact(ratio, value))
            {
                // "a further year", "another week", "an extra hour": one unit all the same.
                return context.Source.FindPhrase(["a", unit]) is not null || context.Source.FindPhrase(["an", unit]) is not null
                    || context.Source.FindPhrase(["another", unit]) is not null
                    || OneMoreUnit.Any(word => context.Source.FindPhrase(["a", word, unit]) is not null || context.Source.FindPhrase(["an", word, unit]) is not null);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a source number meets a target's hedged number: <c>more than</c> / <c>over</c> / <c>at least</c> x is met by
    /// x to 2x, <c>less than</c> / <c>under</c> / <c>up to</c> x by x/2 to x, <c>nearly</c> / <c>almost</c> x by 0.8x to x, and
    /// <c>about</c> / <c>around</c> x by x ± 15 %. A clock time meets only itself: 15 % of a morning is two hours.
    /// </summary>
    internal static bool Meets(Claim source, Claim target, NumberHedge hedge)
    {
        if (IsPercent(source) != IsPercent(target) || IsMoney(source) != IsMoney(target) || (IsMoney(source) && source.Unit != target.Unit) || IsTime(source) || IsTime(target)
            || IsTemperature(source) != IsTemperature(target)
            || source.Number is not { } s || target.Number is not { } t || t <= 0)
        {
            return false;
        }

        // "nearly two hours" for "100 minutes".
        s *= English.DurationRatio(source.Unit, target.Unit) ?? 1;

        return hedge switch
        {
            NumberHedge.AtLeast => s >= t && s <= 2 * t,
            NumberHedge.AtMost => s <= t && s >= t / 2,
            NumberHedge.Nearly => s <= t && s >= 0.8 * t,
            NumberHedge.About => Math.Abs(s - t) <= 0.15 * t,
            _ => false,
        };
    }

    /// <summary>The bound or approximation the words before a target number put on it (<c>more than</c>, <c>nearly</c>, <c>about</c>).</summary>
    private static NumberHedge HedgeBefore(Document document, Sentence sentence, int start)
    {
        var k = -1;
        for (var j = sentence.FirstToken; j < sentence.FirstToken + sentence.TokenCount && document.Tokens[j].End <= start; j++)
        {
            k = j;
        }

        var word = k >= sentence.FirstToken ? document.Tokens[k].Text : string.Empty;
        var before = k > sentence.FirstToken ? document.Tokens[k - 1].Text : string.Empty;
        return (before, word) switch
        {
            ("more" or "greater" or "higher", "than") or ("at", "least") or (_, "over" or "above" or "exceeding") => NumberHedge.AtLeast,
            ("less" or "fewer" or "lower", "than") or ("up", "to") or (_, "under" or "below") => NumberHedge.AtMost,
            (_, "nearly" or "almost") => NumberHedge.Nearly,
            (_, "about" or "around" or "roughly" or "approximately" or "some" or "estimated" or "approx") => NumberHedge.About,
            _ => NumberHedge.None,
        };
    }

    private static bool SameNumber(Claim source, Claim target)
    {
        if (source.Unit == ClaimExtractor.Fraction || target.Unit == ClaimExtractor.Fraction)
        {
            // "a fifth" for 20 %, "a third" for 32 %: a fraction is a rounded share.
            return IsShare(source) && IsShare(target) && source.Number is { } share && target.Number is { } other
                && English.SameRoundedShare(share, other);
        }

        if (IsTemperature(source) || IsTemperature(target))
        {
            return IsTemperature(source) && IsTemperature(target) && SameTemperature(source, target);
        }

        if (IsTime(source) || IsTime(target))
        {
            // Exact, or either half of the day for "3 o'clock"; a count of 3 is no time.
            return IsTime(source) && IsTime(target) && source.Number is { } s && target.Number is { } t
                && (s == t || ((source.Unit == ClaimExtractor.HourUnit || target.Unit == ClaimExtractor.HourUnit) && s % 720 == t % 720));
        }

        if (IsPercent(source) != IsPercent(target) || (IsMoney(source) && IsMoney(target) && source.Unit != target.Unit))
        {
            return false;
        }

        var lo = source.Number ?? double.NaN;
        var hi = source.NumberTo ?? lo;
        var tlo = target.Number ?? double.NaN;
        var thi = target.NumberTo ?? tlo;

        // "two days" for "48 hours": one length in other units. The conversion is exact arithmetic, so it allows no
        // rounding ("two days" does not restate "36 hours"); a rounded length carries a hedge ("nearly two hours" for "100 minutes").
        if (source.Unit != target.Unit && English.DurationRatio(source.Unit, target.Unit) is { } ratio)
        {
            return Exact(lo * ratio, tlo) && Exact(hi * ratio, thi);
        }

        // "37 mph" for "60 km/h", "10,400 acres" for "4,200 hectares": a measure converted for other readers, rounded to
        // the target's digits as any rewrite rounds.
        if (source.Unit != target.Unit && English.MeasureRatio(source.Unit, target.Unit) is { } factor)
        {
            return Close(lo * factor, tlo) && Close(hi * factor, thi);
        }

        // Rounding in a rewrite ("3.2 billion" for 3,187,000,000) is paraphrase: the source value rounds to the target's digits.
        return (Close(lo, tlo) && Close(hi, thi)) || (target.NumberTo is null && tlo >= lo && tlo <= hi && source.NumberTo is not null);
    }

    private static bool Exact(double source, double target) => Math.Abs(source - target) <= 1e-9 * Math.Max(1, Math.Abs(target));

    /// <summary>Whether <paramref name="source"/> rounds to <paramref name="target"/> at the target's significant digits.</summary>
    internal static bool Close(double source, double target)
    {
        if (source == target)
        {
            return true;
        }

        if (target == 0 || double.IsNaN(source) || double.IsNaN(target))
        {
            return false;
        }

        var digits = SignificantDigits(target);
        var magnitude = Math.Floor(Math.Log10(Math.Abs(target)));
        var tolerance = 0.5 * Math.Pow(10, magnitude - digits + 1);
        return Math.Abs(source - target) <= tolerance + (1e-9 * Math.Abs(target));
    }

    private static int SignificantDigits(double value)
    {
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            return 15;
        }

        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').TrimEnd('0');
        return Math.Max(1, digits.Length);
    }

    private static bool IsPercent(Claim claim) => claim.Unit == "%";

    private static bool IsShare(Claim claim) => IsPercent(claim) || claim.Unit == ClaimExtractor.Fraction;

    private static bool IsTemperature(Claim claim) => claim.Unit is English.Celsius or English.Fahrenheit or ClaimExtractor.Degrees;

    /// <summary>
    /// Whether two temperatures are the same reading: the same number where either leaves its scale open (<c>30
    /// degrees</c>), else the source's converted to the target's scale and within its rounding to whole degrees (<c>38.7C
    /// (101.7F)</c>, <c>38C (100F)</c>).
    /// </summary>
    private static bool SameTemperature(Claim source, Claim target)
    {
        if (source.Number is not { } s || target.Number is not { } t)
        {
            return false;
        }

        if (source.Unit == target.Unit || source.Unit == ClaimExtractor.Degrees || target.Unit == ClaimExtractor.Degrees)
        {
            return Close(s, t);
        }

        var converted = target.Unit == English.Fahrenheit ? (s * 9 / 5) + 32 : (s - 32) * 5 / 9;
        return Math.Abs(converted - t) <= 0.6;
    }

    private static bool IsTime(Claim claim) => claim.Unit is ClaimExtractor.TimeUnit or ClaimExtractor.HourUnit;

    private static bool IsMoney(Claim claim) => claim.Unit is { } unit && English.IsCurrency(unit);

    private static void CheckDate(CheckContext context, Claim claim)
    {
        if (context.Source.Dates.Exists(s => SameDate(s, claim)))
        {
            return;
        }

        // A year or month in another sentence is often another event; only a day, or a date in a sentence about the same thing, contradicts.
        // A day's date often sits in the sentence next to the aligned one ("… told a press conference on Tuesday.").
        var paired = context.Paired.ToArray();
        var near = claim.Precision is DatePrecision.Day or DatePrecision.Weekday
            ? paired.SelectMany(s => new[] { s, s - 1, s + 1 }).Where(s => s >= 0 && s < context.Source.Claims.Count).Distinct()
            : paired;
        var rival = near.SelectMany(s => context.Source.Claims[s]).Where(c => c.Kind == ClaimKind.Date)
            .Where(s => Comparable(s, claim) && (claim.Precision is DatePrecision.Day or DatePrecision.Weekday || context.Support[s.Sentence] >= RivalSupport))
            .OrderBy(s => Array.IndexOf(context.Aligned, s.Sentence) is var at && at >= 0 ? at : context.Aligned.Length)
            .ThenBy(s => s.IsBareWeekday == claim.IsBareWeekday ? 0 : 1)
            .FirstOrDefault();
        if (rival is not null)
        {
            context.Contradiction(DivergenceKind.Date, claim, rival, DivergenceSeverity.High, DescribeDate(claim), DescribeDate(rival));
            return;
        }

        context.AddFact(claim);
    }

    /// <summary>Whether a source date supports a target date once both are resolved (a weekday agrees with the day it falls on).</summary>
    internal static bool SameDate(Claim source, Claim target)
    {
        if (target.Precision == DatePrecision.Weekday)
        {
            return source.Weekday == target.Weekday;
        }

        if (target.Precision == DatePrecision.DayOfMonth)
        {
            return (source.Date?.Day ?? source.Day) == target.Day;
        }

        if (source.Date is { } s && target.Date is { } t)
        {
            return target.Precision switch
            {
                DatePrecision.Year => s.Year == t.Year,
                DatePrecision.Month => s.Year == t.Year && s.Month == t.Month,
                DatePrecision.Week => s >= t && s < t.AddDays(7),
                _ => source.Precision switch
                {
                    DatePrecision.Year => false,
                    DatePrecision.Month => false,
                    _ => NewsCalendar.SameDay(s, source.IsBareWeekday, t, target.IsBareWeekday),
                },
            };
        }

        if (target.Month > 0 && target.Day > 0)
        {
            return (source.Month == target.Month || source.Date?.Month == target.Month) && (source.Day == target.Day || source.Date?.Day == target.Day);
        }

        if (target.Precision == DatePrecision.Month && target.Month > 0)
        {
            return source.Month == target.Month || source.Date?.Month == target.Month;
        }

        return source.Value == target.Value;
    }

    private static bool Comparable(Claim source, Claim target)
    {
        static int Rank(DatePrecision p) => p switch { DatePrecision.Year => 3, DatePrecision.Month => 2, DatePrecision.Week => 1, _ => 0 };
        return Rank(source.Precision) == Rank(target.Precision);
    }

    /// <summary>A date as a reader wants it: the words used, plus the day they resolve to or the weekday of the day.</summary>
    internal static string DescribeDate(Claim claim)
    {
        if (claim.Date is { } date && claim.Precision == DatePrecision.Day)
        {
            var relative = claim.Text.Trim().ToLowerInvariant() is "yesterday" or "today" or "tomorrow";
            var shown = claim.ShownAWeekLater ? date.AddDays(7) : date;
            return claim.IsBareWeekday || relative
                ? $"{claim.Text} ({shown.ToString("MMM d, yyyy", CultureInfo.InvariantCulture)})"
                : $"{claim.Text} (a {date.DayOfWeek})";
        }

        return claim.Text;
    }

    private static void CheckEntity(CheckContext context, Claim claim)
    {
        if (context.Credits.IsCredit(claim.Words))
        {
            return;
        }

        var match = EntityMatcher.Match(context.Source, claim.Words, out var sourceClaim, out var sourceSpan);
        if (match == EntityMatch.Exact || match == EntityMatch.Variant)
        {
            CheckSubstitution(context, claim);
            return;
        }

        // A fuller form of a name the source gives ("Pieter Jansen" for "Mr. Jansen") is the same person or body.
        var name = claim.Text;
        if (match == EntityMatch.Fuller)
        {
            return;
        }

        // "The Portugal international" for "the Portuguese striker": the source names the country by its adjective.
        if (claim.Words.Count == 1 && NameDescriptors.AdjectivesOfPlace.TryGetValue(claim.Words[0], out var adjectives)
            && adjectives.Any(context.Index.ContainsAnywhere))
        {
            return;
        }

        // "Scheldt-Maas Port Authority (SMPA)": the report itself says the two forms name one body, and the source uses
        // one of them.
        if (BracketedAcronyms.OtherFormInSource(context.Source, context.Target, context.Sentence, claim))
        {
            return;
        }

        // A name made of words an aligned sentence uses in lower case is the rewrite naming a described thing.
        var found = 0;
        foreach (var s in context.Aligned.SelectMany(a => new[] { a, a - 1, a + 1 }).Where(a => a >= 0 && a < context.Index.Count).Distinct())
        {
            var here = claim.Words.Count(word => context.Index.Contains(s, word) || context.Index.Contains(s, word + "s")
                || context.Index.Contains(s, Morphology.Singular(word)));
            found = Math.Max(found, here);
        }

        if (claim.Words.Count >= 2 && found == claim.Words.Count)
        {
            return;
        }

        // A descriptive name of a place or body whose words the source uses ("Shanghai Municipal Party Committee" for
        // "CPC Shanghai Municipal Committee") is a variant of the source's name, not a new one.
        if (claim.Words.Count >= 3 && claim.EntityType != EntityType.Person && found * 2 >= claim.Words.Count)
        {
            return;
        }

        var rival = context.PairedClaims(ClaimKind.Entity).FirstOrDefault(s => SameClass(s, claim) && !TargetMentions(context, s));
        if (rival is not null)
        {
            context.Contradiction(DivergenceKind.Entity, claim, rival, DivergenceSeverity.Medium, name, rival.Text);
            return;
        }

        context.AddFact(claim);
    }

    /// <summary>A person the source names elsewhere, put where the aligned sentence names someone else (a swapped name).</summary>
    private static void CheckSubstitution(CheckContext context, Claim claim)
    {
        if (claim.EntityType != EntityType.Person && claim.Words.Count < 2)
        {
            return;
        }

        foreach (var s in context.Paired)
        {
            if (context.Source.Claims[s].Any(c => c.Kind == ClaimKind.Entity && Same(c.Words, claim.Words)))
            {
                return;
            }
        }

        // A name from the sentence next to the aligned one is a fusion of the two, not a swap ("Diego Maradona works on
        // his fitness …" before "… guided Argentina to World Cup glory").
        var best = context.Aligned.Length > 0 ? context.Aligned[0] : -1;
        for (var s = Math.Max(0, best - 1); best >= 0 && s <= Math.Min(context.Source.Claims.Count - 1, best + 1); s++)
        {
            if (context.Source.Claims[s].Any(c => c.Kind == ClaimKind.Entity && Same(c.Words, claim.Words)))
            {
                return;
            }
        }

        var rival = best < 0 ? null : context.Source.Claims[best]
            .FirstOrDefault(s => s.Kind == ClaimKind.Entity && s.EntityType == claim.EntityType && (s.EntityType == EntityType.Person || s.Words.Count >= 2)
                && !TargetMentions(context, s) && !EntityMatcher.AreForms(claim.Words, s.Words));
        if (rival is not null && context.Support[rival.Sentence] >= RivalSupport
            && (claim.EntityType != EntityType.Name || SameSlot(context, claim, rival) || !InItsOwnPhrase(context, claim)))
        {
            context.Contradiction(DivergenceKind.Entity, claim, rival, DivergenceSeverity.Medium, claim.Text, rival.Text);
        }
    }

    /// <summary>
    /// Whether a name of unknown kind stands where the rival stands: a content word next to it is the one next to the rival
    /// ("sterling has ordered" for "a judge has ordered").
    /// </summary>
    private static bool SameSlot(CheckContext context, Claim claim, Claim rival)
    {
        var (targetLeft, targetRight) = Neighbours(context.Target, context.Sentence, claim.Span, contentOnly: true);
        var (sourceLeft, sourceRight) = Neighbours(context.Source.Document, context.Source.Document.Sentences[rival.Sentence], rival.Span, contentOnly: true);
        return Meet(targetLeft, sourceLeft) || Meet(targetRight, sourceRight);
    }

    /// <summary>
    /// Whether the target writes a name in a phrase the source writes it in elsewhere ("display at Old Trafford" for the
    /// source's "the final whistle at Old Trafford"): the rewrite has moved the source's own phrase into the aligned
    /// sentence, a fusion, so an untyped name of the aligned sentence ("Frank Lampard") is no rival unless it stands in the
    /// same slot.
    /// </summary>
    private static bool InItsOwnPhrase(CheckContext context, Claim claim)
    {
        var (left, right) = Neighbours(context.Target, context.Sentence, claim.Span, contentOnly: false);
        foreach (var entity in context.Source.Entities)
        {
            if (entity.Words.Count == claim.Words.Count && entity.Words.SequenceEqual(claim.Words))
            {
                var (sourceLeft, sourceRight) = Neighbours(context.Source.Document, context.Source.Document.Sentences[entity.Sentence], entity.Span, contentOnly: false);
                if (Meet(left, sourceLeft) || Meet(right, sourceRight))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Meet(string a, string b) => a.Length > 0 && a == b;

    /// <summary>
    /// The stems of the words nearest a span on either side, within its sentence (empty at an edge): the nearest content
    /// words, or the words right next to it.
    /// </summary>
    private static (string Left, string Right) Neighbours(Document document, Sentence sentence, TextSpan span, bool contentOnly)
    {
        var left = string.Empty;
        var right = string.Empty;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            var token = document.Tokens[k];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) || (contentOnly && Lexicon.Stopwords.Contains(token.Text)))
            {
                continue;
            }

            if (token.End <= span.Start)
            {
                left = token.Text;
            }
            else if (token.Start >= span.End)
            {
                right = token.Text;
                break;
            }
        }

        return (Morphology.Stem(left), Morphology.Stem(right));
    }

    private static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count > 0 && b.Count > 0 && (a[^1] == b[^1] || a.SequenceEqual(b));

    private static bool SameClass(Claim source, Claim target) =>
        source.EntityType == target.EntityType && source.EntityType != EntityType.Name;

    private static bool TargetMentions(CheckContext context, Claim sourceEntity)
    {
        var words = context.Words.Select(NameGazetteer.Canonical).ToHashSet(StringComparer.Ordinal);
        return sourceEntity.Words.Any(w => words.Contains(w) && !Lexicon.NameJoiners.Contains(w));
    }
}
