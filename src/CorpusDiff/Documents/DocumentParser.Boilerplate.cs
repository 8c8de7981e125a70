using System.Buffers;
using System.Text.RegularExpressions;

namespace CorpusDiff.Documents;

/// <summary>
/// Boilerplate rules. Each body line is classified once, by the first rule that matches (footer, navigation,
/// caption, repeated headline, embedded headline); a rule switched off in <see cref="DocumentOptions.RemoveBoilerplate"/>
/// leaves its lines in the body rather than handing them to a later rule.
/// </summary>
public sealed partial class DocumentParser
{
    // Word counts that tell boilerplate from body text; all chosen by hand while reading the seed corpus (untested
    // alternatives; docs/accuracy.md, "Tuning constants in code").

    /// <summary>A copyright line is at most this long; a longer one is a paragraph that mentions rights.</summary>
    private const int MaxCopyrightWords = 40;

    /// <summary>A site-registration footer is at most this long.</summary>
    private const int MaxRegistrationWords = 15;

    /// <summary>A headline line this long (or longer) that starts like an earlier one repeats it (shorter ones share prefixes by chance).</summary>
    private const int MinRepeatedHeadlineWords = 3;

    /// <summary>A headline-shaped line between body paragraphs needs this many words to be another article's headline, not a subheading.</summary>
    private const int MinEmbeddedHeadlineWords = 5;

    /// <summary>Each item of a <c>|</c>-separated navigation bar is at most this long.</summary>
    private const int MaxNavigationItemWords = 4;

    /// <summary>A linked headline after a navigation opener may run this many words past the longest title (<see cref="DocumentOptions.MaxTitleWords"/>).</summary>
    private const int LinkedHeadlineExtraWords = 3;

    /// <summary>A caption is at most this long; a longer block is body text.</summary>
    private const int MaxCaptionWords = 80;

    /// <summary>A caption or photo credit is at most this many characters; a longer line is text, whatever its word count.</summary>
    private const int MaxCaptionLength = 1000;

    private static readonly string[] FooterOpeners =
    [
        "all rights reserved", "website identification code", "registration number", "without written authorization",
        "without written permission", "without prior written", "icp license", "icp备", "京icp",
    ];

    /// <summary>
    /// What a caption line contains: the photo-credit pattern needs one of these words (matched case-insensitively), the
    /// agency credit ends with a parenthesis, and the photo opener starts with "Photo", "PHOTO" or "Caption" (maybe after
    /// a bracket and "File").
    /// </summary>
    private static readonly SearchValues<string> CaptionWords = SearchValues.Create(["photo", "picture", "image", "video", "caption"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] SiteLinks =
    [
        "about us", "contact us", "contact", "privacy", "privacy policy", "terms of use", "terms of service", "sitemap",
        "site map", "advertise", "advertise with us", "careers", "jobs", "feedback", "help", "rss", "subscribe",
    ];

    /// <summary>Marks each line with the boilerplate rule it matches, or <see cref="BoilerplateKinds.None"/>.</summary>
    private static void Classify(string text, List<BodyLine> lines, string? titleKey, int maxWords)
    {
        foreach (var line in lines)
        {
            line.Kind = IntrinsicKind(text, line.Start, line.End, maxWords);
        }

        // Headline lines repeated in the body: the title again (quotes may differ), a line that repeats the start of an
        // earlier line (a sub-headline cut from the lead), or a headline-shaped line right after such a repeat.
        // Earlier lines are held, not their keys: a key is made only when a headline line is compared with it.
        var earlier = new List<BodyLine>();
        var previousRepeated = false;
        foreach (var line in lines)
        {
            if (line.Kind == BoilerplateKinds.None && line.IsHeadline)
            {
                var repeats = previousRepeated || (titleKey is not null && line.Key == titleKey);
                if (!repeats && line.Words >= MinRepeatedHeadlineWords)
                {
                    repeats = (titleKey is { Length: > 0 } && HeadlineShape.IsWordPrefix(line.Key, titleKey))
                        || earlier.Exists(other => HeadlineShape.IsWordPrefix(line.Key, other.Key));
                }

                if (repeats)
                {
                    line.Kind = BoilerplateKinds.RepeatedHeadline;
                }
            }

            previousRepeated = line.Kind == BoilerplateKinds.RepeatedHeadline;
            earlier.Add(line);
        }

        // A headline of another article pasted between body paragraphs.
        var bodyBefore = new bool[lines.Count];
        var seen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            bodyBefore[i] = seen;
            seen |= IsBodyParagraph(lines[i]);
        }

        seen = false;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Kind == BoilerplateKinds.None && line.IsHeadline && line.Words >= MinEmbeddedHeadlineWords && seen && bodyBefore[i])
            {
                line.Kind = BoilerplateKinds.EmbeddedHeadline;
            }

            seen |= IsBodyParagraph(line);
        }
    }

    private static bool IsBodyParagraph(BodyLine line) => line.Kind == BoilerplateKinds.None && !line.IsHeadline;

    /// <summary>Returns whether a line would be removed by a rule that needs no context (footer, navigation, caption).</summary>
    private bool LooksLikeBoilerplate(string text, int start, int end) =>
        IntrinsicKind(text, start, end, Options.MaxTitleWords) != BoilerplateKinds.None;

    private static BoilerplateKinds IntrinsicKind(string text, int start, int end, int maxWords)
    {
        var span = text.AsSpan(start, end - start);
        if (IsFooterLine(span))
        {
            return BoilerplateKinds.CopyrightFooter;
        }

        if (IsNavigationLine(text, start, end, maxWords))
        {
            return BoilerplateKinds.Navigation;
        }

        if (IsCaptionLine(text, start, end))
        {
            return BoilerplateKinds.PhotoCaption;
        }

        return BoilerplateKinds.None;
    }

    /// <summary>Returns whether a footer block starts a new copy at this line (it opens with a copyright notice).</summary>
    private static bool OpensFooter(ReadOnlySpan<char> span) =>
        span.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) || span.StartsWith("©") || span.StartsWith("(c)", StringComparison.OrdinalIgnoreCase);

    private static bool IsFooterLine(ReadOnlySpan<char> span)
    {
        if (OpensFooter(span))
        {
            // "Copyright©", "Copyright 2023", "© Xinhua", "Copyright | About us": a notice, not a sentence about copyright.
            var rest = span.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) ? span[9..].TrimStart() : span[..0];
            return span[0] == '©' || span.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) || rest.IsEmpty
                || rest[0] is '©' or '(' or '|' or ':' || char.IsDigit(rest[0])
                || span.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var opener in FooterOpeners)
        {
            if (span.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (span.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase) && HeadlineShape.CountWords(span) <= MaxCopyrightWords)
        {
            return true;
        }

        // "Harbor News Agency Website Identification Code hna0200417 Registration Number: 11380442"
        if ((span.Contains("website identification code", StringComparison.OrdinalIgnoreCase)
                || span.Contains("registration number:", StringComparison.OrdinalIgnoreCase))
            && HeadlineShape.CountWords(span) <= MaxRegistrationWords)
        {
            return true;
        }

        return IsSiteLinkRow(span);
    }

    /// <summary>A row of short links separated by bars, one of them a site link: <c>About us | Contact us</c>.</summary>
    private static bool IsSiteLinkRow(ReadOnlySpan<char> span)
    {
        if (!span.Contains('|'))
        {
            return false;
        }

        var siteLink = false;
        foreach (var range in span.Split('|'))
        {
            var item = span[range].Trim();
            if (HeadlineShape.CountWords(item) > MaxNavigationItemWords)
            {
                return false;
            }

            foreach (var link in SiteLinks)
            {
                siteLink |= item.Equals(link, StringComparison.OrdinalIgnoreCase);
            }
        }

        return siteLink;
    }

    /// <summary><c>Previous How Doctor Strange 2 explains …</c>, <c>Next: 'Stamp Guy' found guilty …</c>.</summary>
    private static bool IsNavigationLine(string text, int start, int end, int maxWords)
    {
        var match = NavigationPattern().Match(text, start, end - start);
        if (!match.Success)
        {
            return false;
        }

        var rest = match.Index + match.Length;
        var last = text[end - 1];

        // A linked headline: short, and not a sentence ("Next year the city will …" ends with a period).
        return rest < end && last != '.' && HeadlineShape.CountWords(text.AsSpan(start, end - start)) <= maxWords + LinkedHeadlineExtraWords;
    }

    private static bool IsCaptionLine(string text, int start, int end)
    {
        // Each pattern needs a word or character most lines lack; looking for those first spares the patterns' scans.
        var span = text.AsSpan(start, end - start);
        if (span.Length > MaxCaptionLength || (span.IndexOfAny(CaptionWords) < 0 && !span.Contains(')')) || HeadlineShape.CountWords(span) > MaxCaptionWords)
        {
            return false;
        }

        var length = end - start;
        return PhotoCreditPattern().Match(text, start, length).Success || AgencyCreditPattern().Match(text, start, length).Success
            || PhotoOpenerPattern().Match(text, start, length).Success;
    }

    /// <summary>Turns the classified lines into removed spans, one per line, or one per footer block.</summary>
    private List<RemovedSpan> CollectRemoved(string text, List<BodyLine> lines)
    {
        var removed = new List<RemovedSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == BoilerplateKinds.None || (Options.RemoveBoilerplate & line.Kind) == 0)
            {
                continue;
            }

            var end = line.End;
            if (line.Kind == BoilerplateKinds.CopyrightFooter)
            {
                // Consecutive footer lines form one block; a second copyright notice starts a second block.
                while (i + 1 < lines.Count && lines[i + 1].Kind == BoilerplateKinds.CopyrightFooter
                    && !OpensFooter(text.AsSpan(lines[i + 1].Start, lines[i + 1].End - lines[i + 1].Start)))
                {
                    i++;
                    end = lines[i].End;
                }
            }

            removed.Add(new RemovedSpan(line.Kind, line.Start, end, text[line.Start..end]));
        }

        return removed;
    }

    [GeneratedRegex(@"^(?:Previous|Prev|Next|Older|Newer)(?:[ \t]+(?:article|story|post|page|news))?[ \t]*[:»›>|\-–—]*[ \t]+(?=[\p{Lu}\d""'‘“«])", RegexOptions.CultureInvariant)]
    private static partial Regex NavigationPattern();

    [GeneratedRegex(@"(?:^|\s)[(\[]?(?:File[ \t]+)?(?:Photos?|Photograph|Picture|Image|Video)(?:[ \t]*[:/][ \t]*|[ \t]+by[ \t]+)[\p{L}\p{N}][\p{L}\p{N}\s&'’\-/]{0,60}[)\]]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCreditPattern();

    [GeneratedRegex(@"\((?:Xinhua|Reuters|AP|AFP|CNS|IC|VCG|EPA|Getty Images)/[\p{L} .'\-]{2,40}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCreditPattern();

    [GeneratedRegex(@"^[(\[]?(?:File[ \t]+)?(?:PHOTO|Photo|Photos|Caption)[ \t]*:", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoOpenerPattern();
}
