using System.Globalization;
using CorpusDiff.Alignment;
using CorpusDiff.Documents;

namespace CorpusDiff.Comparison;

/// <summary>
/// Judges whether a target reports the source's event from the aligner's evidence and the reports' event signals
/// (dates, speakers, event days): lexical support is necessary, not sufficient.
/// </summary>
/// <param name="options">The comparison settings (shares, day windows).</param>
internal sealed class SameEventJudge(ComparisonOptions options)
{
    private ComparisonOptions Options { get; } = options;

    public SameEventJudgement Judge(PreparedDocument source, PreparedDocument target, AlignmentEvidence evidence)
    {
        var alignments = evidence.Alignments;
        var reasons = new List<string>();
        var strongSentences = 0;
        var strongTokens = 0;
        var paraphrasedSentences = 0;
        var paraphrasedTokens = 0;
        foreach (var alignment in alignments)
        {
            foreach (var t in alignment.Target)
            {
                if (alignment.Kind != AlignmentKind.Partial)
                {
                    strongSentences++;
                    strongTokens += target.Document.Sentences[t].TokenCount;
                }
                else if (evidence.Targets[t].SharesSourceFacts)
                {
                    // A sentence that restates a source sentence in other words aligns only partly, yet on the same
                    // names and numbers: it reports the event as much as a close copy does.
                    paraphrasedSentences++;
                    paraphrasedTokens += target.Document.Sentences[t].TokenCount;
                }
            }
        }

        var strong = target.TokenCount == 0 ? 0 : (double)strongTokens / target.TokenCount;
        var paraphrased = target.TokenCount == 0 ? 0 : (double)paraphrasedTokens / target.TokenCount;
        var reported = strong + paraphrased;
        var dates = DatesCompatible(source.Signals, target.Signals, out var dateReason);
        var actors = ActorsOverlap(source, target, out var actorReason);
        var eventDays = EventDaysOverlap(source.Signals, target.Signals, out var dayReason);
        var aligned = alignments.SelectMany(a => a.Target).ToHashSet();
        var (foreignSentences, foreignShare) = ForeignContent(evidence, target, aligned);

        // Target sentences that share the source's facts, even when the rest of the sentence is too foreign to align:
        // what a partial report of the event has.
        var anchored = evidence.Targets.Count(e => e.SharesSourceFacts && e.Score >= Options.FactEvidenceScore);
        Dictionary<string, int>? words = null;
        if (actors == false && paraphrasedSentences + strongSentences > 0
            && target.Signals.ActorSentences.All(s => IsForeign(evidence, aligned, s) && !NamesRecur(target.Document, s, words ??= WordCounts(target.Document))))
        {
            // A roundup quotes the people of its other items: a speaker heard only in a sentence of another story's facts,
            // whose names the rest of the report never repeats, says nothing of whether the sentences that share this
            // story's facts report it. A report of another event comes back to its names (the museum, the police).
            actors = null;
            actorReason = $"different speakers ({Speakers(source, target)}), but the target quotes them only in sentences about other events";
        }
        var supported = $"{Percent(strong)} of the target's words stand in sentences the source supports well ({Count(strongSentences, "sentence")})";
        var reportedReason = paraphrasedSentences == 0
            ? supported
            : $"{supported}, and {Percent(paraphrased)} in sentences that restate one in other words on its names and numbers ({Count(paraphrasedSentences, "sentence")})";
        SameEvent verdict;
        if (target.Document.Sentences.Count == 0 || source.Document.Sentences.Count == 0)
        {
            // Nothing to judge: say so rather than dress an empty file up as "shared vocabulary".
            verdict = SameEvent.No;
            reasons.Add(target.Document.Sentences.Count == 0 ? "the target has no body text to compare" : "the source has no body text to compare");
        }
        else if (actors == false)
        {
            verdict = SameEvent.No;
            reasons.Add(actorReason);
        }
        else if (dates == false)
        {
            verdict = SameEvent.No;
            reasons.Add(dateReason);
        }
        else if (eventDays == false && reported < Options.SameEventShare)
        {
            verdict = SameEvent.No;
            reasons.Add(dayReason);
        }
        else if (reported >= Options.SameEventShare && foreignSentences >= Options.ForeignSentences && foreignShare >= Options.PartialEventShare)
        {
            verdict = SameEvent.Partial;
            reasons.Add($"{reportedReason}, but {Count(foreignSentences, "sentence")} ({Percent(foreignShare)} of the words) report facts the source does not have");
        }
        else if (reported >= Options.SameEventShare)
        {
            verdict = SameEvent.Yes;
            reasons.Add(reportedReason);
        }
        else if ((reported >= Options.PartialEventShare && strongSentences + paraphrasedSentences >= Options.PartialEventSentences)
            || (eventDays == true && anchored > Options.PartialEventSentences))
        {
            // A sentence that restates a source sentence on its names and numbers reports the event in a roundup as
            // much as in a rewrite ("Around 45,000 passengers were caught up in the disruption there").
            verdict = SameEvent.Partial;
            reasons.Add($"only {reportedReason}, but {Count(anchored, "sentence")} {(anchored == 1 ? "shares" : "share")} specific facts with it; the rest reports other events or background");
        }
        else
        {
            verdict = SameEvent.No;
            reasons.Add($"only {supported}: shared vocabulary, not shared facts");
        }

        foreach (var extra in new[] { actorReason, dateReason, dayReason })
        {
            if (extra.Length > 0 && !reasons.Contains(extra))
            {
                reasons.Add(extra);
            }
        }

        return new SameEventJudgement(verdict, Math.Round(strong, 4), strongSentences, dates, actors, reasons);
    }

    /// <summary>
    /// Whether the days the target's events happened on (weekdays, "the 30th", "Nov. 28") are days the source reports.
    /// On a multi-day trip, a report dated to a day the source never mentions is another meeting.
    /// </summary>
    private static bool? EventDaysOverlap(EventSignals source, EventSignals target, out string reason)
    {
        reason = string.Empty;
        if (source.Dates.Count == 0 || target.Mentioned.Count == 0)
        {
            return null;
        }

        var shared = new SortedSet<DateOnly>();
        foreach (var day in target.Mentioned)
        {
            if (source.Reports(day, target.BareWeekdays.Contains(day), out var stated))
            {
                shared.Add(stated ?? target.Shown(day));
            }
        }

        if (shared.Count > 0)
        {
            reason = $"it reports days the source reports ({string.Join(", ", shared.Take(3).Select(Format))})";
            return true;
        }

        reason = $"its events are dated {string.Join(", ", target.Mentioned.Select(target.Shown).Distinct().Order().Take(3).Select(Format))}, days the source does not report";
        return false;
    }

    /// <summary>
    /// Unaligned target sentences with <see cref="ComparisonOptions.ForeignTerms"/> or more specific terms found nowhere in
    /// the source, a name or number among them: another story's facts. Without one, the new words are more often a
    /// paraphrase's own vocabulary (<c>threefold rise in power costs</c> for <c>energy bills that had tripled</c>).
    /// </summary>
    private (int Sentences, double Share) ForeignContent(AlignmentEvidence evidence, PreparedDocument target, HashSet<int> aligned)
    {
        int sentences = 0, tokens = 0;
        foreach (var sentence in target.Document.Sentences)
        {
            if (IsForeign(evidence, aligned, sentence.Index))
            {
                sentences++;
                tokens += sentence.TokenCount;
            }
        }

        return (sentences, target.TokenCount == 0 ? 0 : (double)tokens / target.TokenCount);
    }

    /// <summary>
    /// Whether a word written with a capital inside sentence <paramref name="index"/> occurs in another sentence: more
    /// often in the report (<paramref name="counts"/>, <see cref="WordCounts"/>) than in the sentence itself.
    /// </summary>
    private static bool NamesRecur(Document document, int index, Dictionary<string, int> counts)
    {
        var sentence = document.Sentences[index];
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken + 1; i < end; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind != TokenKind.Word || !char.IsUpper(document.Text[token.Start]))
            {
                continue;
            }

            var inside = 0;
            for (var j = sentence.FirstToken; j < end; j++)
            {
                inside += string.Equals(document.Tokens[j].Text, token.Text, StringComparison.Ordinal) ? 1 : 0;
            }

            if (counts[token.Text] > inside)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How often each token text occurs in the report: one scan, read by <see cref="NamesRecur"/> for every speaker's sentence.</summary>
    private static Dictionary<string, int> WordCounts(Document document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in document.Tokens)
        {
            counts[token.Text] = counts.GetValueOrDefault(token.Text) + 1;
        }

        return counts;
    }

    /// <summary>Whether target sentence <paramref name="index"/> is unaligned and states facts of another story.</summary>
    private bool IsForeign(AlignmentEvidence evidence, HashSet<int> aligned, int index) =>
        !aligned.Contains(index) && evidence.Targets[index] is { ForeignFacts: > 0 } e && e.ForeignTerms >= Options.ForeignTerms;

    private bool? DatesCompatible(EventSignals source, EventSignals target, out string reason)
    {
        reason = string.Empty;
        if (source.Dates.Count == 0 || target.Dates.Count == 0)
        {
            return null;
        }

        var from = source.Dates[0].AddDays(-Options.DaysBefore);
        var to = source.Dates[^1].AddDays(Options.DaysAfter);
        var inside = target.Dates.Any(d => d >= from && d <= to);
        var window = $"{Format(source.Dates[0])} to {Format(source.Dates[^1])}";
        reason = inside
            ? $"dates fit the source's ({window})"
            : $"dates differ: the target states {string.Join(", ", target.Dates.Take(3).Select(Format))}, the source {window}";
        return inside;
    }

    /// <summary>
    /// Whether the reports' main speakers overlap. Different speakers say "another event" unless the source names every
    /// one of the target's: a rewrite that quotes "growers in the Kelby Valley" where the source quotes the growers'
    /// chair tells the same story (<see langword="null"/>: no evidence either way). One shared name is not enough (a
    /// union quoted in the report of another year), nor is the target naming the source's speakers (a follow-up story
    /// names the earlier one's people).
    /// </summary>
    private static bool? ActorsOverlap(PreparedDocument sourceDocument, PreparedDocument targetDocument, out string reason)
    {
        reason = string.Empty;
        var source = sourceDocument.Signals;
        var target = targetDocument.Signals;
        if (source.Actors.Count == 0 || target.Actors.Count == 0)
        {
            return null;
        }

        if (source.Actors.Overlaps(target.Actors))
        {
            reason = $"same speaker ({Names(target.NamesOf(target.Actors.Intersect(source.Actors)))})";
            return true;
        }

        var differs = Speakers(sourceDocument, targetDocument);
        if (target.AllNamedIn(sourceDocument.Document))
        {
            reason = $"different speakers ({differs}), but the source names the target's speakers too";
            return null;
        }

        reason = $"speaker differs: {differs}";
        return false;
    }

    private static string Speakers(PreparedDocument source, PreparedDocument target) =>
        $"the source quotes {Names(source.Signals.SpeakerNames)}, the target {Names(target.Signals.SpeakerNames)}";

    private static string Names(IEnumerable<string> names) => string.Join(", ", names);

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Percent(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
