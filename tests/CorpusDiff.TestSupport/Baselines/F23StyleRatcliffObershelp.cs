namespace CorpusDiff.TestSupport.Baselines;

/// <summary>
/// Ratcliff/Obershelp the way F23.StringSimilarity computes it: recursion over substrings, the longest common substring
/// found by cutting substrings of the first string and calling <c>Contains</c> on the second. One change makes it
/// faster than F23 itself: at each start it stops at the first length that is no longer contained (F23 tries them all;
/// containment only shrinks as the length grows, so the substring found is the same). Linked into the tests as the
/// reference <c>RatcliffObershelp</c> is checked against.
/// </summary>
public static class F23StyleRatcliffObershelp
{
    /// <summary>Gets the similarity.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity.</returns>
    public static double Similarity(string s1, string s2) =>
        s1 == s2 ? 1.0 : 2.0 * MatchList(s1, s2).Sum(m => m.Length) / (s1.Length + s2.Length);

    private static List<string> MatchList(string source, string target)
    {
        var list = new List<string>();
        var match = FrontMaxMatch(source, target);
        if (match.Length > 0)
        {
            var si = source.IndexOf(match, StringComparison.Ordinal);
            var ti = target.IndexOf(match, StringComparison.Ordinal);
            list.Add(match);
            list.AddRange(MatchList(source[..si], target[..ti]));
            list.AddRange(MatchList(source[(si + match.Length)..], target[(ti + match.Length)..]));
        }

        return list;
    }

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
