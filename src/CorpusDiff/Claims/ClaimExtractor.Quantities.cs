using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Claims;

/// <summary>Quantities (<c>a</c>/<c>one</c> X, <c>several</c>, <c>all</c>, <c>hundreds of</c>) and negations.</summary>
public sealed partial class ClaimExtractor
{
    private static void ExtractQuantities(SentenceContext c, List<Claim> claims)
    {
        for (var i = 0; i < c.Count; i++)
        {
            var word = c.Word(i);
            if (!Lexicon.Quantifiers.TryGetValue(word, out var amount))
            {
                continue;
            }

            // "a few", "a couple of", "a number of", "one of the", "all of the", "hundreds of".
            var next = i + 1;
            if (word is "a" && c.Word(next) is "few" or "couple" or "number" or "lot" or "dozen" or "handful")
            {
                amount = c.Word(next) switch { "few" => 3, "couple" => 2, "dozen" => 12, _ => 5 };
                next++;
            }

            var partitive = false;
            if (c.Word(next) == "of")
            {
                partitive = true;
                next++;
                if (c.Word(next) is "the" or "these" or "those" or "his" or "her" or "their" or "its" or "our")
                {
                    next++;
                }
            }

            if (word is "one" && partitive)
            {
                // "one of the hospitals": one item of a plural set; the count is still one.
                amount = 1;
            }

            var head = HeadNoun(c, next);
            if (head is null || !c.JoinedBySpace(next - 1))
            {
                continue;
            }

            var last = LastHeadToken(c, next);
            var plural = Morphology.IsPlural(c.Word(last));
            if (!partitive && next == i + 1 && IsRate(c, i, head))
            {
                continue;
            }

            // "a" before a plural is not a count ("a lot of"), and "all"/"no" before a singular mass noun say little.
            if (amount == 1 && plural && !partitive)
            {
                continue;
            }

            var value = amount switch
            {
                0 => "no",
                1 => "1",
                double.PositiveInfinity => "all",
                _ => word,
            };
            claims.Add(c.Claim(ClaimKind.Quantity, i, last, $"{value} {head}") with { Number = amount, Unit = head });
        }
    }

    /// <summary>
    /// Whether the quantifier at <paramref name="i"/> before a unit of time says how often rather than how many:
    /// <c>each year</c>, <c>every day</c>, and <c>a year</c> after what it is the rate of (<c>160,000 people a year</c>,
    /// <c>20 minutes a day</c>, <c>twice a week</c>). Such a rate is no count of one, so <c>a year</c> and
    /// <c>each year</c> say the same; <c>for a year</c>, <c>nearly a year</c> and <c>a year ago</c> stay counts.
    /// </summary>
    private static bool IsRate(SentenceContext c, int i, string head)
    {
        if (!English.TryDuration(1, head, out _, out _))
        {
            return false;
        }

        var word = c.Word(i);
        if (word is "each" or "every")
        {
            return true;
        }

        if (word is not ("a" or "an") || i == 0 || c.Word(i + 2) is "ago" or "later" or "earlier" or "before" or "after" or "old" or "long" or "from" or "into")
        {
            return false;
        }

        var before = c.Word(i - 1);
        return c.Tokens[i - 1].Kind == TokenKind.Number || before is "once" or "twice" or "thrice"
            || (c.Tokens[i - 1].Kind == TokenKind.Word && !Lexicon.Stopwords.Contains(before) && !English.Hedges.Contains(before));
    }

    private static int LastHeadToken(SentenceContext c, int i)
    {
        var last = i;
        for (var k = i; k < c.Count && k < i + 4; k++)
        {
            var word = c.Word(k);
            if (c.Tokens[k].Kind != TokenKind.Word || Lexicon.Stopwords.Contains(word) || Lexicon.SpeechVerbs.Contains(word))
            {
                break;
            }

            if (k > i && word.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            last = k;
            if (!c.JoinedBySpace(k) || word.EndsWith('s') || word is "people" or "children" or "men" or "women" or "police" or "staff" or "personnel")
            {
                break;
            }
        }

        return last;
    }

    private static void ExtractNegations(SentenceContext c, List<Claim> claims)
    {
        for (var i = 0; i < c.Count; i++)
        {
            var word = c.Word(i);
            var cue = Lexicon.NegationCues.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);
            if (!cue)
            {
                continue;
            }

            // "No. 1" is a number sign.
            if (word == "no" && c.GapAfter(i).Contains('.') && i + 1 < c.Count && c.Tokens[i + 1].Kind == TokenKind.Number)
            {
                continue;
            }

            // "no" and "none" as quantifiers are quantities too, but they still negate; "not only … but" does not.
            if (word == "not" && c.Word(i + 1) == "only")
            {
                continue;
            }

            if (word is "fail" or "fails" or "failed" or "refuse" or "refuses" or "refused" or "unable" && c.Word(i + 1) != "to")
            {
                continue;
            }

            var scope = NegationScope(c, i);
            claims.Add(c.Claim(ClaimKind.Negation, i, i, scope is null ? word : $"{word} {scope}") with { Unit = scope });
        }
    }

    /// <summary>The first content word a negation cue governs ("did not <b>attend</b>"), or <see langword="null"/>.</summary>
    internal static string? NegationScope(SentenceContext c, int cue)
    {
        for (var k = cue + 1; k < c.Count && k <= cue + 4; k++)
        {
            var word = c.Word(k);
            if (Lexicon.Stopwords.Contains(word) || word is "to" or "be" or "been" or "yet" or "even" or "ever" or "longer" or "always")
            {
                continue;
            }

            return c.Tokens[k].Kind == TokenKind.Word ? word : null;
        }

        return null;
    }
}
