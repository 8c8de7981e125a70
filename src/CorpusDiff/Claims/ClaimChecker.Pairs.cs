using System.Globalization;
using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// Quantities, negations, speakers and unsupported sentences: these compare the target sentence with the source
/// sentences it is aligned to, because a word such as "not" or "a" only means something next to what it modifies.
/// </summary>
public sealed partial class ClaimChecker
{
    /// <summary>
    /// The fewest content words (not stop words) a sentence needs before it can be reported as unsupported background:
    /// shorter ones ("He declined to comment.") say too little to be another story's facts. Chosen by hand on the
    /// development set; untested alternative.
    /// </summary>
    private const int BackgroundMinContentWords = 5;

    /// <summary>How many best-supporting source sentences a fused sentence is checked against together (<see cref="ClaimOptions.FusedSupport"/>).</summary>
    private const int FusedSources = 3;

    private static void CheckQuantities(CheckContext context)
    {
        foreach (var s in context.Paired)
        {
            var sentence = context.Source.Document.Sentences[s];
            foreach (var sourceClaim in context.Source.Claims[s])
            {
                if (sourceClaim.Kind != ClaimKind.Quantity || sourceClaim.Unit is not { } head)
                {
                    continue;
                }

                var targetClaim = context.Claims.FirstOrDefault(c => c.Kind == ClaimKind.Quantity && c.Unit == head);
                if (targetClaim is not null)
                {
                    if (!CompatibleQuantities(sourceClaim.Number, targetClaim.Number))
                    {
                        context.Contradiction(DivergenceKind.Quantity, targetClaim, sourceClaim, DivergenceSeverity.Medium, targetClaim.Text, sourceClaim.Text);
                    }

                    continue;
                }

                // "a financial institution" in the source, bare "financial institutions" in the target.
                if (sourceClaim.Number != 1 || ContainsPlural(context.Source.Document, sentence, head))
                {
                    continue;
                }

                var modifier = Modifier(context.Source.Document, sentence, sourceClaim);
                for (var k = 0; k < context.Sentence.TokenCount; k++)
                {
                    var token = context.TargetToken(k);
                    if (!Morphology.IsPlural(token.Text) || Morphology.Singular(token.Text) != head)
                    {
                        continue;
                    }

                    var previous = k > 0 ? context.TargetToken(k - 1).Text : string.Empty;
                    if (modifier is not null && previous != modifier)
                    {
                        continue;
                    }

                    // "the first of three planned terminals": a count nearby already says how many.
                    if (CountedNearby(context, k))
                    {
                        continue;
                    }

                    // Without a shared modifier, the word before the source's quantifier ("opened one terminal") must lead up to it.
                    if (modifier is null && WordBefore(context.Source.Document, sentence, sourceClaim) is { } lead
                        && !Enumerable.Range(Math.Max(0, k - 3), Math.Min(3, k)).Any(j => context.TargetToken(j).Text == lead))
                    {
                        continue;
                    }

                    var first = modifier is not null ? context.TargetToken(k - 1).Start : token.Start;
                    context.Contradiction(
                        DivergenceKind.Quantity, new TextSpan(first, token.End), sourceClaim.Span, s, DivergenceSeverity.Medium,
                        $"{context.Target.Text[first..token.End]} (more than one)", $"{sourceClaim.Text} (one)");
                    break;
                }
            }
        }

        // The target counts one where the paired source sentence has several.
        foreach (var targetClaim in context.Claims)
        {
            // "one of the pages" names one of a plural set, as the source's plural does.
            if (targetClaim.Kind != ClaimKind.Quantity || targetClaim.Number != 1 || targetClaim.Unit is not { } head
                || targetClaim.Text.Contains(" of ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var s in context.Paired)
            {
                var sentence = context.Source.Document.Sentences[s];
                if (context.Source.Claims[s].Any(c => c.Kind == ClaimKind.Quantity && c.Unit == head) || !ContainsPlural(context.Source.Document, sentence, head)
                    || ContainsSingular(context.Source.Document, sentence, head))
                {
                    continue;
                }

                context.Contradiction(
                    DivergenceKind.Quantity, targetClaim.Span, sentence.Span, s, DivergenceSeverity.Medium,
                    $"{targetClaim.Text} (one)", $"{head} in the plural (more than one)");
                break;
            }
        }
    }

    private static bool CountedNearby(CheckContext context, int k)
    {
        for (var j = Math.Max(0, k - 3); j < k; j++)
        {
            var token = context.TargetToken(j);
            if (token.Kind == TokenKind.Number || Lexicon.Quantifiers.ContainsKey(token.Text) || Lexicon.Units.ContainsKey(token.Text)
                || token.Text is "the" or "these" or "those" or "both" or "its" or "their")
            {
                return true;
            }
        }

        return false;
    }

    private static string? WordBefore(Document document, Sentence sentence, Claim claim)
    {
        string? previous = null;
        foreach (var token in document.TokensOf(sentence))
        {
            if (token.Start >= claim.Span.Start)
            {
                return previous;
            }

            previous = token.Text;
        }

        return previous;
    }

    /// <summary>
    /// Whether two quantifiers can describe the same count: vague plurals (<c>some</c>, <c>several</c>, <c>many</c>) agree
    /// with each other and with magnitudes; none, one, all and distinct magnitudes (<c>dozens</c> vs <c>hundreds</c>) do not.
    /// </summary>
    internal static bool CompatibleQuantities(double? source, double? target)
    {
        static int Class(double? amount) => amount switch
        {
            null => -1,
            0 => 0,
            1 => 1,
            double.PositiveInfinity => 99,
            < 12 or 20 => 2,
            { } n => 2 + (int)Math.Floor(Math.Log10(n)),
        };

        var a = Class(source);
        var b = Class(target);
        if (a == b || a < 0 || b < 0)
        {
            return true;
        }

        return (a == 2 && b is >= 2 and < 99) || (b == 2 && a is >= 2 and < 99);
    }

    private static bool ContainsPlural(Document document, Sentence sentence, string head)
    {
        foreach (var token in document.TokensOf(sentence))
        {
            if (Morphology.IsPlural(token.Text) && Morphology.Singular(token.Text) == head)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsSingular(Document document, Sentence sentence, string head) =>
        document.TokensOf(sentence).Count(t => t.Text == head) > 0;

    private static string? Modifier(Document document, Sentence sentence, Claim claim)
    {
        string? previous = null;
        foreach (var token in document.TokensOf(sentence))
        {
            if (token.Start >= claim.Span.End)
            {
                break;
            }

            if (token.Start > claim.Span.Start && token.Text != claim.Unit && !token.Text.StartsWith(claim.Unit ?? "\0", StringComparison.Ordinal))
            {
                previous = token.Text;
            }
        }

        return previous;
    }

    private static void CheckNegations(CheckContext context)
    {
        var paired = context.Paired.FirstOrDefault(-1);
        if (paired < 0)
        {
            return;
        }

        var sourceSentence = context.Source.Document.Sentences[paired];
        var sourceNegations = context.Source.Claims[paired].Where(c => c.Kind == ClaimKind.Negation).ToList();
        var targetNegations = context.Claims.Where(c => c.Kind == ClaimKind.Negation).ToList();
        if (sourceNegations.Count == targetNegations.Count)
        {
            return;
        }

        if (targetNegations.Count > sourceNegations.Count)
        {
            foreach (var negation in targetNegations)
            {
                if (negation.Unit is { } scope && context.Source.Document.TokensOf(sourceSentence).Any(t => Morphology.Stem(t.Text) == Morphology.Stem(scope))
                    && !sourceNegations.Any(n => n.Unit == scope || n.Value == negation.Value))
                {
                    context.Contradiction(
                        DivergenceKind.Negation, negation.Span, sourceSentence.Span, paired, DivergenceSeverity.High,
                        $"\"{negation.Text} {scope}\" (negated)", $"\"{scope}\" without a negation");
                    return;
                }
            }

            return;
        }

        var targetWords = context.Words.Select(Morphology.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var negation in sourceNegations)
        {
            if (negation.Unit is { } scope && targetWords.Contains(Morphology.Stem(scope)) && !targetNegations.Any(n => n.Unit == scope))
            {
                var k = 0;
                while (Morphology.Stem(context.TargetToken(k).Text) != Morphology.Stem(scope))
                {
                    k++;
                }

                // The target must state the same predicate: an auxiliary or "to" before the word ("would also fund"),
                // not the word as a noun somewhere else ("throws a broccoli spear" against "not broccoli").
                var asserted = false;
                for (var j = Math.Max(0, k - 3); j < k; j++)
                {
                    asserted |= context.TargetToken(j).Text is "would" or "will" or "did" or "does" or "do" or "can" or "could" or "should" or "has"
                        or "have" or "had" or "is" or "was" or "are" or "were" or "to" or "may" or "might" or "must";
                }

                if (!asserted && !context.TargetToken(k).Text.EndsWith("ed", StringComparison.Ordinal))
                {
                    continue;
                }

                var span = new TextSpan(context.TargetToken(Math.Max(0, k - 2)).Start, context.TargetToken(k).End);
                context.Contradiction(
                    DivergenceKind.Negation, span, negation.Span, paired, DivergenceSeverity.High,
                    $"\"{context.Target.Text[span.Start..span.End]}\" without a negation", $"\"{negation.Text} {scope}\"");
                return;
            }
        }
    }

    /// <summary>
    /// A statement whose best source sentence only asks it (<c>UVA can sue for defamation</c> for <c>Can UVA sue for
    /// defamation?</c>): the source leaves open what the target states, whichever way it states it. A sentence that
    /// reports the question (<c>it is unclear whether</c>) or asks one itself is left alone.
    /// </summary>
    private static void CheckQuestion(CheckContext context)
    {
        var paired = context.Paired.FirstOrDefault(-1);
        if (paired < 0 || context.Sentence.IsQuestion || context.Source.Document.Sentences[paired] is not { IsQuestion: true } question
            || context.Sentence.Chars.Contains('?') || context.Words.Any(Lexicon.QuestionCues.Contains))
        {
            return;
        }

        context.Found.Add(new Divergence(
            DivergenceKind.Unsupported, context.Sentence.Index, [paired], context.Sentence.Span, question.Span, DivergenceSeverity.High,
            $"{context.Here} states as fact what {CheckContext.There(paired)} only asks: \"{Quote(question.Text)}\""));
    }

    private static void CheckAttribution(CheckContext context, Claim claim)
    {
        // "the group said" may well be "ISIS said": only a named speaker against another named speaker is a contradiction.
        if (claim.Unit == ClaimExtractor.CommonNounSpeaker || context.Credits.IsCredit(claim.Words))
        {
            return;
        }

        // A report credited to an agency ("Xinhua reported") has no speaker to swap.
        var speakers = context.PairedClaims(ClaimKind.Attribution).Where(s => !context.Credits.IsCredit(s.Words)).ToList();
        if (speakers.Count == 0 || speakers.Any(s => SameSpeaker(context, s, claim)))
        {
            return;
        }

        var rival = speakers.FirstOrDefault(s => s.Unit != ClaimExtractor.CommonNounSpeaker);
        if (rival is null)
        {
            return;
        }

        context.Contradiction(DivergenceKind.Attribution, claim, rival, DivergenceSeverity.High, $"\"{claim.Text}\" (the speaker)", $"\"{rival.Text}\"");
    }

    private static bool SameSpeaker(CheckContext context, Claim source, Claim target)
    {
        if (source.Words.Count == 0 || target.Words.Count == 0)
        {
            return true;
        }

        if (Morphology.Singular(source.Words[^1]) == Morphology.Singular(target.Words[^1]) || source.Value == target.Value)
        {
            return true;
        }

        var match = EntityMatcher.Match(context.Source, target.Words, out var matched, out _);
        return match != EntityMatch.None && matched is not null && matched.Words.Count > 0 && source.Words.Contains(matched.Words[^1]);
    }

    /// <summary>
    /// Whether the sentence as a whole is background the source never states: enough content words, low support in every
    /// source sentence and in the best three together, and not a loose rewrite whose specific facts all check out.
    /// </summary>
    private static bool IsBackground(CheckContext context)
    {
        var content = context.Words.Count(w => !Lexicon.Stopwords.Contains(w));
        if (content < BackgroundMinContentWords || context.BestSupport >= context.Options.UnsupportedSentenceSupport)
        {
            return false;
        }

        // A sentence fusing several source sentences matches none of them well, yet its words are all in the source.
        var top = context.Support.Ranked().Take(FusedSources);
        var fused = context.Index.UnionRecall(context.Target.Tokens, context.Sentence.FirstToken, context.Sentence.TokenCount, top);
        var speakers = context.Claims.Where(c => c.Kind == ClaimKind.Attribution).ToList();
        var unsupportedContent = context.NewFacts.Exists(f => !speakers.Any(a => a.Span.Start <= f.Span.Start && f.Span.End <= a.Span.End));
        if (fused >= context.Options.FusedSupport && !unsupportedContent)
        {
            return false;
        }

        // Words in another script than the source's say nothing about support (a Chinese brief of an English story).
        var cjk = 0;
        for (var k = 0; k < context.Sentence.TokenCount; k++)
        {
            cjk += context.TargetToken(k).Kind == TokenKind.Cjk ? 1 : 0;
        }

        if (cjk * 2 > context.Sentence.TokenCount)
        {
            return false;
        }

        // Low word overlap with every checkable claim supported is a loose rewrite, not background.
        var checkable = context.Claims.Where(c => c.Kind is ClaimKind.Number or ClaimKind.Date or ClaimKind.Entity).ToList();
        var specific = checkable.Where(c => c.Kind == ClaimKind.Number || (c.Kind == ClaimKind.Date && c.Precision == DatePrecision.Day)).ToList();
        return specific.Count == 0 || checkable.Exists(c => context.Flagged(c.Span));
    }

    /// <summary>
    /// Reports what the sentence adds, once: a background sentence as a whole, or a supported sentence's new facts,
    /// each listing the numbers, dates and names the source never gives.
    /// </summary>
    private static void ReportAddition(CheckContext context)
    {
        var background = IsBackground(context);
        if (!background && context.NewFacts.Count == 0)
        {
            return;
        }

        var facts = context.NewFacts.Select(Describe).ToList();
        var best = BestSource(context);
        var closest = best < 0
            ? "no source sentence shares its words"
            : string.Create(CultureInfo.InvariantCulture, $"the closest, {CheckContext.There(best)}, shares {context.BestSupport:P0} of its words");
        string message;
        TextSpan span;
        if (background)
        {
            span = context.Sentence.Span;
            var adds = facts.Count == 0 ? string.Empty : $" (new: {string.Join(", ", facts)})";
            message = $"{context.Here} adds background the source does not report: \"{Quote(context.Sentence.Text)}\"{adds}; no source sentence supports it ({closest})";
        }
        else
        {
            span = new TextSpan(context.NewFacts.Min(f => f.Span.Start), context.NewFacts.Max(f => f.Span.End));
            var near = context.Aligned.Length == 0 ? closest : "compared with " + string.Join(", ", context.Aligned.Order().Select(CheckContext.There)) + " first";
            message = $"{context.Here} adds {string.Join(", ", facts)}; the source gives no such {Nouns(context.NewFacts)} anywhere ({near})";
        }

        context.Found.Add(new Divergence(
            DivergenceKind.Unsupported, context.Sentence.Index, context.Aligned.Length > 0 ? [.. context.Aligned.Order()] : best >= 0 ? [best] : [],
            span, null, DivergenceSeverity.Low, message)
        {
            Facts = [.. context.NewFacts.Select(f => f.Text)],
            Background = background,
        });
    }

    private static int BestSource(CheckContext context)
    {
        var best = context.Support.Ranked().FirstOrDefault(-1);
        return best >= 0 && context.Support[best] > 0 ? best : -1;
    }

    private static string Describe(Claim fact) => fact.Kind == ClaimKind.Date ? DescribeDate(fact) : fact.Text;

    private static string Nouns(IEnumerable<Claim> facts)
    {
        var kinds = facts.Select(f => f.Kind switch { ClaimKind.Number => "number", ClaimKind.Date => "date", _ => "name" }).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : string.Join(" or ", kinds);
    }

    private static string Quote(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 90 ? flat : flat[..87].TrimEnd() + "…";
    }
}
