namespace CorpusDiff.Claims;

/// <summary>Decides whether a source names the same entity as a target claim: same words, alias, acronym, surname or short form.</summary>
internal static class EntityMatcher
{
    public static EntityMatch Match(SourceFacts source, IReadOnlyList<string> words, out Claim? sourceClaim, out Documents.TextSpan? sourceSpan)
    {
        sourceClaim = null;
        sourceSpan = source.FindPhrase(words) ?? FindUnhyphenated(source, words);
        if (sourceSpan is not null)
        {
            sourceClaim = EntityAt(source, sourceSpan.Value.Start);
            return EntityMatch.Exact;
        }

        var key = string.Join(' ', words);
        if (Lexicon.Aliases.TryGetValue(key, out var alias) && source.FindPhrase(alias.Split(' ')) is { } aliasSpan)
        {
            sourceSpan = aliasSpan;
            sourceClaim = EntityAt(source, aliasSpan.Start);
            return EntityMatch.Variant;
        }

        if (words.Count == 1 && words[0].Length is >= 2 and <= 8 && source.ExpandAcronym(words[0]) is { } expanded)
        {
            sourceClaim = expanded;
            sourceSpan = expanded.Span;
            return EntityMatch.Variant;
        }

        var initials = SourceFacts.Initials(words);
        var partInitials = SourceFacts.PartInitials(words);
        foreach (var entity in source.Entities)
        {
            var sourceKey = entity.Value;
            if ((Lexicon.Aliases.TryGetValue(sourceKey, out var sourceAlias) && (sourceAlias == key || sourceAlias == alias))
                || (entity.Words.Count == 1 && words.Count >= 2 && (entity.Words[0] == initials || entity.Words[0] == partInitials))
                || IsSubset(words, entity.Words)
                || IsClipped(words, entity.Words))
            {
                sourceClaim = entity;
                sourceSpan = entity.Span;
                return EntityMatch.Variant;
            }
        }

        foreach (var entity in source.Entities)
        {
            if (entity.Words.Count >= 1 && words.Count > entity.Words.Count && IsSubset(entity.Words, words) && entity.Words[^1] == words[^1])
            {
                sourceClaim = entity;
                sourceSpan = entity.Span;

                // Extra words the source uses elsewhere ("Xi Jinping" then "Xi") are no new information.
                foreach (var word in words)
                {
                    if (!source.ContainsWord(word))
                    {
                        return EntityMatch.Fuller;
                    }
                }

                return EntityMatch.Variant;
            }
        }

        // "Eddie Howe" where the source writes "Howe" only where its capital says nothing (at a sentence start:
        // "Howe told …"), so no source entity holds it: a fuller form of a name the source uses all the same.
        var surname = words[^1];
        if (words.Count >= 2 && surname.Length > 2 && !Lexicon.Titles.Contains(surname) && !Lexicon.IsNotName(surname)
            && source.IsWrittenCapitalized(surname) && !source.Entities.Exists(e => e.Words.Count > 0 && e.Words[^1] == surname))
        {
            return EntityMatch.Fuller;
        }

        return EntityMatch.None;
    }

    /// <summary>Finds a name with a hyphenated word (<c>saint-germain</c>) in a source that spaces its hyphens (<c>Saint - Germain</c>).</summary>
    private static Documents.TextSpan? FindUnhyphenated(SourceFacts source, IReadOnlyList<string> words)
    {
        var hyphenated = false;
        foreach (var word in words)
        {
            hyphenated |= word.Contains('-', StringComparison.Ordinal);
        }

        if (!hyphenated)
        {
            return null;
        }

        var parts = new List<string>(words.Count + 2);
        foreach (var word in words)
        {
            parts.AddRange(word.Split('-', StringSplitOptions.RemoveEmptyEntries));
        }

        return source.FindPhrase(parts);
    }

    private static Claim? EntityAt(SourceFacts source, int offset)
    {
        foreach (var entity in source.Entities)
        {
            if (entity.Span.Start <= offset && offset < entity.Span.End)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether two names are forms of one: an alias, initials (<c>NHS</c>), or a clipped form (<c>Lib Dem</c>), either way
    /// round. A name put where the source has another form of itself is no swap.
    /// </summary>
    public static bool AreForms(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var keyA = string.Join(' ', a);
        var keyB = string.Join(' ', b);
        return (Lexicon.Aliases.TryGetValue(keyA, out var aliasA) && aliasA == keyB)
            || (Lexicon.Aliases.TryGetValue(keyB, out var aliasB) && (aliasB == keyA || aliasB == aliasA))
            || (a.Count == 1 && b.Count >= 2 && (a[0] == SourceFacts.Initials(b) || a[0] == SourceFacts.PartInitials(b)))
            || (b.Count == 1 && a.Count >= 2 && (b[0] == SourceFacts.Initials(a) || b[0] == SourceFacts.PartInitials(a)))
            || IsClipped(a, b) || IsClipped(b, a);
    }

    /// <summary>
    /// A clipped form of a name: as many words, each the start of the source's (<c>Lib Dem</c> for <c>Liberal Democrat</c>,
    /// <c>Lib Dems</c> for <c>Liberal Democrats</c>), at least three letters of each kept.
    /// </summary>
    private static bool IsClipped(IReadOnlyList<string> clipped, IReadOnlyList<string> full)
    {
        if (clipped.Count < 2 || clipped.Count != full.Count)
        {
            return false;
        }

        var shorter = false;
        for (var k = 0; k < clipped.Count; k++)
        {
            var part = clipped[k];
            var plural = part.Length > 3 && part[^1] == 's' && full[k].Length > 1 && full[k][^1] == 's';
            var stem = plural ? part[..^1] : part;
            if (stem.Length < 3 || !full[k].StartsWith(stem, StringComparison.Ordinal))
            {
                return false;
            }

            shorter |= stem.Length < full[k].Length - (plural ? 1 : 0);
        }

        return shorter;
    }

    private static bool IsSubset(IReadOnlyList<string> small, IReadOnlyList<string> large)
    {
        if (small.Count >= large.Count)
        {
            return false;
        }

        foreach (var word in small)
        {
            if (Lexicon.NameJoiners.Contains(word))
            {
                continue;
            }

            var found = false;
            foreach (var other in large)
            {
                if (other == word)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
