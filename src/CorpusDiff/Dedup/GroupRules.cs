namespace CorpusDiff.Dedup;

/// <summary>
/// The grouping rules a batch run (<see cref="Deduplicator"/>) and an index (<see cref="IndexGroups"/>) share, so a
/// group of the same documents gets the same representative and member relations from either.
/// </summary>
internal static class GroupRules
{
    /// <summary>
    /// The largest group <see cref="RepresentativeChoice.MostComplete"/> is scored for: completeness compares every
    /// member with every other (quadratic), so larger groups fall back to the longest member. Chosen by hand (groups
    /// of reprints in the seed corpus have at most a dozen members); untested alternative.
    /// </summary>
    public const int MaxCompletenessGroup = 64;

    /// <summary>
    /// Picks a group's representative by <paramref name="choice"/>; ties go to the larger document, then to the
    /// smaller tie key, so the choice does not depend on the order of <paramref name="members"/>.
    /// </summary>
    /// <param name="members">The group's member positions (at least one).</param>
    /// <param name="choice">The representative policy.</param>
    /// <param name="published">A member's publication date, if known.</param>
    /// <param name="completeness">A member's share of the others' shingles (asked only under <see cref="RepresentativeChoice.MostComplete"/>).</param>
    /// <param name="size">A member's length.</param>
    /// <param name="tieKey">A member's unique name, the last tie-break.</param>
    /// <returns>The representative's position.</returns>
    public static int ChooseRepresentative(List<int> members, RepresentativeChoice choice, Func<int, DateOnly?> published, Func<int, double> completeness, Func<int, int> size, Func<int, string> tieKey)
    {
        if (members.Count == 1)
        {
            return members[0];
        }

        var best = members[0];
        var bestScore = double.NegativeInfinity;
        foreach (var m in members)
        {
            var score = choice switch
            {
                RepresentativeChoice.EarliestPublished => published(m) is { } date ? -date.DayNumber : double.MinValue / 2,
                RepresentativeChoice.MostComplete when members.Count <= MaxCompletenessGroup => completeness(m),
                _ => 0,
            };

            if (score > bestScore
                || (score == bestScore && (size(m) > size(best)
                    || (size(m) == size(best) && string.CompareOrdinal(tieKey(m), tieKey(best)) < 0))))
            {
                best = m;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The stronger of two relations (the enum lists them strongest first).</summary>
    public static DedupRelation Stronger(DedupRelation? current, DedupRelation candidate) =>
        current is null || candidate < current ? candidate : current.Value;
}
