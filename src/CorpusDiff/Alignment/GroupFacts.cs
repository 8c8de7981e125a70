namespace CorpusDiff.Alignment;

/// <summary>
/// Facts a target sentence states (a verb–name relation, a dated verb) and whether a source sentence states one that a
/// fused group does not yet: what lets a sentence join a fusion though it adds little support.
/// </summary>
internal static class GroupFacts
{
    /// <summary>Whether source sentence <paramref name="s"/> states one of <paramref name="facts"/> that no sentence of <paramref name="group"/> states.</summary>
    /// <typeparam name="TFact">The kind of fact.</typeparam>
    /// <param name="source">The source's term profile.</param>
    /// <param name="facts">The target sentence's facts of this kind.</param>
    /// <param name="group">The group's source sentences.</param>
    /// <param name="s">The candidate source sentence.</param>
    /// <param name="states">Whether a source sentence states a fact.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> brings a fact the group lacks.</returns>
    public static bool StatesNew<TFact>(TermProfile source, List<TFact> facts, List<int> group, int s, Func<TermProfile, int, TFact, bool> states)
    {
        foreach (var fact in facts)
        {
            if (!states(source, s, fact))
            {
                continue;
            }

            var known = false;
            foreach (var g in group)
            {
                known |= states(source, g, fact);
            }

            if (!known)
            {
                return true;
            }
        }

        return false;
    }
}
