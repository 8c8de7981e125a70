using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Claims;

/// <summary>Named entities (capitalized runs, acronyms, titles) and attributions (<c>X said</c>, <c>according to X</c>).</summary>
public sealed partial class ClaimExtractor
{
    private static void ExtractEntities(SentenceContext c, List<Claim> claims)
    {
        var i = 0;
        while (i < c.Count)
        {
            if (c.Caseless || !IsNameStart(c, i))
            {
                if (c.KnownNames is { } names && (c.Caseless || !c.IsCapitalized(i)))
                {
                    var length = names.Match(c, i, out var knownType);
                    if (length > 0)
                    {
                        claims.Add(EntityClaim(c, i, i + length - 1, hasTitle: false, knownType));
                        i += length;
                        continue;
                    }
                }

                i++;
                continue;
            }

            var first = i;
            var last = i;
            var k = i + 1;
            while (k < c.Count)
            {
                var gap = c.GapAfter(k - 1);
                var gapOk = c.JoinedBySpace(k - 1) || (gap.Trim() is "." && Lexicon.Titles.Contains(c.Word(k - 1)));
                if (!gapOk)
                {
                    // "Paris Saint - Germain", "Walton - on - Thames": tokenised text spaces the hyphens of a compound name.
                    var hyphenated = SpacedHyphenRun(c, k - 1);
                    if (hyphenated > k - 1)
                    {
                        last = hyphenated;
                        k = hyphenated + 1;
                        continue;
                    }

                    break;
                }

                if (IsNamePart(c, k))
                {
                    last = k;
                    k++;
                }
                else if (Lexicon.NameJoiners.Contains(c.Word(k)) && c.Word(k) != "and" && k + 1 < c.Count && c.JoinedBySpace(k)
                    && (IsNamePart(c, k + 1) || (c.Word(k + 1) == "the" && IsNamePart(c, k + 2))) && JoinsOver(c, first, k - 1))
                {
                    k += c.Word(k + 1) == "the" ? 2 : 1;
                }
                else
                {
                    break;
                }
            }

            // Strip leading titles ("President Xi Jinping", "Mr. Obama") and roles ("Author JK Rowling", "Former US").
            var hasTitle = false;
            var start = first;
            while (start < last && (Lexicon.Titles.Contains(c.Word(start)) || NameDescriptors.Leading.Contains(c.Word(start))) && !IsHyphenJoined(c, start))
            {
                hasTitle |= Lexicon.PersonTitles.Contains(c.Word(start));
                start++;
            }

            // "CEO of Fourier Intelligence": the joiner after a stripped title is not part of the name.
            while (start < last && (Lexicon.NameJoiners.Contains(c.Word(start)) || c.Word(start) == "the"))
            {
                start++;
            }

            if (!(start == last && Lexicon.Titles.Contains(c.Word(start))))
            {
                claims.Add(EntityClaim(c, start, last, hasTitle, null));
            }

            i = last + 1;
        }
    }

    /// <summary>
    /// Whether a name run from <paramref name="first"/> to <paramref name="last"/> continues over a joiner: one word
    /// (<c>Bank of England</c>, <c>Chancellor of the Exchequer</c>) or a run ending on a body, place or title word
    /// (<c>Royal Bank of Scotland</c>, <c>Democratic Republic of Congo</c>). A person's name does not: <c>said Callum
    /// Reid of the Transport Workers' Union</c> names a person and a union, not one body.
    /// </summary>
    private static bool JoinsOver(SentenceContext c, int first, int last)
    {
        var word = c.Word(last);
        return first == last || Lexicon.OrganizationWords.Contains(word) || Lexicon.PlaceWords.Contains(word) || Lexicon.Titles.Contains(word)
            || Lexicon.OrganizationWords.Contains(Morphology.Singular(word)) || Lexicon.NameHeads.Contains(word);
    }

    private static Claim EntityClaim(SentenceContext c, int first, int last, bool hasTitle, EntityType? known)
    {
        var words = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            if (k > first && IsHyphenJoined(c, k - 1) && words.Count > 0)
            {
                // One compound written with spaced hyphens is one word, as the untokenised "Saint-Germain" is.
                words[^1] = $"{words[^1]}-{NameGazetteer.Canonical(c.Word(k))}";
            }
            else if (!(k == first && c.Word(k) == "the"))
            {
                words.Add(NameGazetteer.Canonical(c.Word(k)));
            }
        }

        var type = known ?? EntityType.Name;
        if (known is null)
        {
            if (hasTitle)
            {
                type = EntityType.Person;
            }
            else if (Lexicon.OrganizationWords.Contains(words[^1]) || (first == last && c.IsAcronym(first)))
            {
                type = EntityType.Organization;
            }
            else if (Lexicon.PlaceWords.Contains(words[^1]))
            {
                type = EntityType.Place;
            }
        }

        return c.Claim(ClaimKind.Entity, first, last, string.Join(' ', words)) with { EntityType = type, Words = words };
    }

    private static bool IsNameStart(SentenceContext c, int i)
    {
        if (!IsNamePart(c, i))
        {
            return false;
        }

        // An acronym names something unless it is a common noun (TV, DNA) or a shouted word (CLICK HERE); a common
        // word is no name unless it starts a compound written with spaced hyphens ("All - Ireland").
        var word = c.Word(i);
        var acronym = c.IsAcronym(i);
        if ((acronym ? NameDescriptors.CommonAcronyms.Contains(word) || (word.Length >= 4 && Lexicon.NotNames.Contains(word)) : Lexicon.IsNotName(word))
            && SpacedHyphenRun(c, i) == i)
        {
            return false;
        }

        // "US$1.2m", "HK$", "A$": a country's letters glued to a currency sign name the currency, not a place.
        if (acronym && i + 1 < c.Count && c.Tokens[i + 1].Kind == TokenKind.Symbol && c.Tokens[i + 1].Start == c.Tokens[i].End
            && English.CurrencySigns.ContainsKey(c.Word(i + 1)))
        {
            return false;
        }

        // A capital at the start of a sentence or after an opening quote or colon says nothing, unless a name continues it.
        if (i == 0 || OpensClause(c.GapAfter(i - 1)))
        {
            return acronym || Lexicon.Titles.Contains(word) || (IsNamePart(c, i + 1) && (c.JoinedBySpace(i) || SpacedHyphenRun(c, i) > i));
        }

        return true;
    }

    /// <summary>
    /// Whether the punctuation before a word opens a quotation, a parenthesis or a clause after a colon (so the word's
    /// capital is the sentence's, not a name's). A quote after a comma or a word closes a quotation:
    /// <c>"… confidence," Howe told</c> writes Howe's capital as a name.
    /// </summary>
    private static bool OpensClause(ReadOnlySpan<char> gap)
    {
        var j = gap.Length - 1;
        while (j >= 0 && char.IsWhiteSpace(gap[j]))
        {
            j--;
        }

        if (j < 0)
        {
            return false;
        }

        return gap[j] switch
        {
            '“' or '‘' or ':' or '(' => true,
            '"' or '\'' => j > 0 && (char.IsWhiteSpace(gap[j - 1]) || gap[j - 1] is '(' or ':' or '—' or '–'),
            _ => false,
        };
    }

    /// <summary>
    /// The last token of a compound name written with spaced hyphens from token <paramref name="i"/> on (<c>Saint - Germain</c>,
    /// <c>Walton - on - Thames</c>), or <paramref name="i"/> when none follows. Each part after a hyphen is capitalised,
    /// or a short lower-case link followed by another spaced hyphen and a capitalised part.
    /// </summary>
    private static int SpacedHyphenRun(SentenceContext c, int i)
    {
        var last = i;
        var k = i;
        while (IsSpacedHyphen(c, k))
        {
            if (IsNamePart(c, k + 1))
            {
                last = k = k + 1;
            }
            else if (c.Tokens[k + 1].Kind == TokenKind.Word && c.Word(k + 1).Length <= 4 && IsSpacedHyphen(c, k + 1) && IsNamePart(c, k + 2))
            {
                last = k = k + 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    /// <summary>Whether token <paramref name="i"/> is followed by a hyphen with a space on each side (<c>Coca - Cola</c>).</summary>
    private static bool IsSpacedHyphen(SentenceContext c, int i)
    {
        var gap = c.GapAfter(i);
        return gap.Length >= 3 && char.IsWhiteSpace(gap[0]) && char.IsWhiteSpace(gap[^1]) && gap.Trim() is "-";
    }

    /// <summary>Whether token <paramref name="i"/> and the next are parts of one compound name joined by a spaced hyphen.</summary>
    private static bool IsHyphenJoined(SentenceContext c, int i) => IsSpacedHyphen(c, i) && i + 1 < c.Count && c.Tokens[i + 1].Kind == TokenKind.Word;

    private static bool IsNamePart(SentenceContext c, int i) =>
        i < c.Count && c.Tokens[i].Kind == TokenKind.Word && c.IsCapitalized(i)
        && !Lexicon.Months.ContainsKey(c.Word(i)) && !Lexicon.Weekdays.ContainsKey(c.Word(i)) && !IsCompoundModifier(c, i);

    /// <summary>"Chinese-style", "US-led": a capitalized word turned into a modifier names nothing by itself.</summary>
    private static bool IsCompoundModifier(SentenceContext c, int i)
    {
        var token = c.Tokens[i];
        for (var k = token.Start + 1; k < token.End - 1; k++)
        {
            if (c.Text[k] is '-' or '\u2010' or '\u2011' && char.IsLower(c.Text[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <see cref="Claim.Unit"/> of a speaker that is a plain noun (<c>police</c>, <c>the group</c>) rather than a name.</summary>
    internal const string CommonNounSpeaker = "noun";

    private static void ExtractAttributions(SentenceContext c, List<Claim> claims)
    {
        for (var i = 0; i < c.Count; i++)
        {
            var word = c.Word(i);
            if (word == "according" && c.Word(i + 1) == "to" && Speaker(c, claims, i + 2, forward: true) is { } after)
            {
                claims.Add(AttributionClaim(c, i, after));
                continue;
            }

            if (!Lexicon.SpeechVerbs.Contains(word) || word is "called" or "described" or "pointed" or "asked")
            {
                continue;
            }

            // "CCTV reported" names a source; "it was reported" and "reported cases" do not.
            var reported = word is "reported" or "reports";

            // "X said", "X has said", "X also told"; then inverted "…, said X".
            var before = i - 1;
            while (before >= 0 && c.Word(before) is "also" or "has" or "have" or "had" or "later" or "then" or "previously" or "once" or "repeatedly")
            {
                before--;
            }

            if (before >= 0 && c.JoinedBySpace(before))
            {
                // "X said" (a pronoun X is a speaker the text does not name).
                if (Speaker(c, claims, before, forward: false) is { } speaker && !(reported && speaker.Unit == CommonNounSpeaker))
                {
                    claims.Add(AttributionClaim(c, i, speaker));
                }
            }
            else if (!reported && i + 1 < c.Count && c.JoinedBySpace(i) && Speaker(c, claims, i + 1, forward: true) is { } inverted)
            {
                claims.Add(AttributionClaim(c, i, HolderOfTitle(c, claims, inverted) ?? inverted));
            }
        }
    }

    /// <summary>
    /// In <c>said Halvorsen's chief executive, Margaret Oyelaran</c> the possessive names whose officer speaks, not the
    /// speaker: the speaker is the name set off after the title, or, with no name, the title itself (a plain noun).
    /// Returns null when <paramref name="speaker"/> is no possessive followed by a title.
    /// </summary>
    private static Claim? HolderOfTitle(SentenceContext c, List<Claim> claims, Claim speaker)
    {
        var owner = LastTokenAt(c, speaker.Span.End);
        if (!c.Word(owner).EndsWith("'s", StringComparison.Ordinal) || !c.JoinedBySpace(owner))
        {
            return null;
        }

        var title = owner;
        while (title + 1 < c.Count && title - owner < English.MaxTitleWords && c.Tokens[title + 1].Kind == TokenKind.Word
            && English.IsTitleWord(c.Word(title + 1), c.IsCapitalized(title + 1)) && c.JoinedBySpace(title))
        {
            title++;
        }

        if (title == owner)
        {
            return null;
        }

        if (c.GapAfter(title).Trim() is "," && Speaker(c, claims, title + 1, forward: true) is { Unit: not CommonNounSpeaker } named)
        {
            return named;
        }

        var head = Morphology.Singular(c.Word(title));
        return c.Claim(ClaimKind.Entity, owner + 1, title, head) with { Words = [head], Unit = CommonNounSpeaker };
    }

    private static Claim AttributionClaim(SentenceContext c, int verb, Claim speaker)
    {
        var first = Math.Min(verb, FirstTokenAt(c, speaker.Span.Start));
        var last = Math.Max(verb, LastTokenAt(c, speaker.Span.End));
        return c.Claim(ClaimKind.Attribution, first, last, speaker.Value) with { Words = speaker.Words, EntityType = speaker.EntityType, Unit = speaker.Unit };
    }

    private static int FirstTokenAt(SentenceContext c, int start)
    {
        for (var k = 0; k < c.Count; k++)
        {
            if (c.Tokens[k].Start >= start)
            {
                return k;
            }
        }

        return c.Count - 1;
    }

    private static int LastTokenAt(SentenceContext c, int end)
    {
        for (var k = c.Count - 1; k >= 0; k--)
        {
            if (c.Tokens[k].End <= end)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>The entity (or plain noun such as <c>police</c>) speaking at token <paramref name="i"/>; pronouns are not speakers.</summary>
    private static Claim? Speaker(SentenceContext c, List<Claim> claims, int i, bool forward)
    {
        if (i < 0 || i >= c.Count)
        {
            return null;
        }

        var token = c.Tokens[i];
        foreach (var claim in claims)
        {
            if (claim.Kind == ClaimKind.Entity && claim.Span.Start <= token.Start && token.End <= claim.Span.End)
            {
                return claim;
            }
        }

        var word = c.Word(i);
        if (forward && word is "the" or "a" or "an" or "his" or "her" or "their")
        {
            return Speaker(c, claims, i + 1, forward);
        }

        if (c.Tokens[i].Kind != TokenKind.Word || Lexicon.Stopwords.Contains(word) || word is "he" or "she" or "they" or "it" or "i" or "we" or "you" or "one" or "who" or "that")
        {
            return null;
        }

        // "police said", "the company said", "said the spokesman"; a capitalized word is a name and keeps its form.
        var words = new List<string> { c.IsCapitalized(i) ? NameGazetteer.Canonical(word) : Morphology.Singular(word) };
        return c.Claim(ClaimKind.Entity, i, i, words[0]) with { Words = words, Unit = CommonNounSpeaker };
    }
}
