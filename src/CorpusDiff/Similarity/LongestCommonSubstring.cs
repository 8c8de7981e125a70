namespace CorpusDiff.Similarity;

/// <summary>
/// Finds the longest common substring of two texts the way Ratcliff/Obershelp needs it: for each start in the first
/// text, it only asks whether a substring one longer than the best so far occurs in the second, with the runtime's
/// vectorized substring search, and grows the best while it does. Containment shrinks as length grows, so this finds
/// the longest substring with no allocation.
/// </summary>
internal static class LongestCommonSubstring
{
    /// <summary>
    /// Gets the longest common substring; on ties, the one starting first in <paramref name="a"/>, then its first
    /// occurrence in <paramref name="b"/> (F23's Ratcliff/Obershelp choice).
    /// </summary>
    /// <param name="a">The first text.</param>
    /// <param name="b">The second text.</param>
    /// <returns>The length (0 when there is none) and the start in each text.</returns>
    public static (int Length, int StartA, int StartB) Find(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int bestLength = 0, bestA = 0, bestB = 0;
        var limit = Math.Min(a.Length, b.Length);
        for (var i = 0; i + bestLength < a.Length && bestLength < limit; i++)
        {
            // Only a strictly longer substring can win, so the earliest start keeps ties.
            int at;
            while (i + bestLength < a.Length && bestLength < limit && (at = b.IndexOf(a.Slice(i, bestLength + 1))) >= 0)
            {
                bestLength++;
                bestA = i;
                bestB = at;
            }
        }

        return (bestLength, bestA, bestB);
    }
}
