namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// Ratcliff/Obershelp as F23.StringSimilarity computes it: recursive, with the longest common substring found by
/// trying substrings of the first string in order and <c>Contains</c> on the second (ordinal here).
/// </summary>
public static class ReferenceRatcliffObershelp
{
    public static double Similarity(string s1, string s2)
    {
        if (s1 == s2)
        {
            return 1.0;
        }

        return 2.0 * Matches(s1, s2) / (s1.Length + s2.Length);
    }

    private static int Matches(string source, string target)
    {
        var match = FrontMaxMatch(source, target);
        if (match.Length == 0)
        {
            return 0;
        }

        var si = source.IndexOf(match, StringComparison.Ordinal);
        var ti = target.IndexOf(match, StringComparison.Ordinal);
        return match.Length
            + Matches(source[..si], target[..ti])
            + Matches(source[(si + match.Length)..], target[(ti + match.Length)..]);
    }

    // F23 tries every length at every start; containment only shrinks as the length grows, so stopping at the first
    // miss finds the same substring.
    private static string FrontMaxMatch(string s1, string s2)
    {
        int index = 0, length = 0;
        for (var i = 0; i < s1.Length; i++)
        {
            for (var len = length + 1; i + len <= s1.Length && s2.Contains(s1.Substring(i, len), StringComparison.Ordinal); len++)
            {
                index = i;
                length = len;
            }
        }

        return s1.Substring(index, length);
    }
}
