namespace CorpusDiff.Benchmarks;

/// <summary>
/// F23.StringSimilarity's algorithms for OSA and Damerau, re-implemented as they are there (full matrices; Damerau with a
/// <see cref="Dictionary{TKey, TValue}"/> of last rows): the baseline a user migrating from F23 starts from. F23 itself
/// is not in the package registry.
/// </summary>
public static class TextbookEditDistances
{
    /// <summary>OSA with a full (n + 1) × (m + 1) matrix.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance.</returns>
    public static double OptimalStringAlignment(string s1, string s2)
    {
        var n = s1.Length;
        var m = s2.Length;
        if (s1 == s2)
        {
            return 0;
        }

        if (n == 0)
        {
            return m;
        }

        if (m == 0)
        {
            return n;
        }

        var d = new int[n + 2, m + 2];
        for (var i = 0; i <= n; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= m; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var cost = s1[i - 1] == s2[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i, j - 1] + 1, d[i - 1, j] + 1));
                if (i > 1 && j > 1 && s1[i - 1] == s2[j - 2] && s1[i - 2] == s2[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + cost);
                }
            }
        }

        return d[n, m];
    }

    /// <summary>Damerau (Lowrance–Wagner) with a full (n + 2) × (m + 2) matrix and a dictionary of last rows.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance.</returns>
    public static double Damerau(string s1, string s2)
    {
        if (s1 == s2)
        {
            return 0;
        }

        var inf = s1.Length + s2.Length;
        var da = new Dictionary<char, int>();
        foreach (var c in s1)
        {
            da[c] = 0;
        }

        foreach (var c in s2)
        {
            da[c] = 0;
        }

        var h = new int[s1.Length + 2, s2.Length + 2];
        for (var i = 0; i <= s1.Length; i++)
        {
            h[i + 1, 0] = inf;
            h[i + 1, 1] = i;
        }

        for (var j = 0; j <= s2.Length; j++)
        {
            h[0, j + 1] = inf;
            h[1, j + 1] = j;
        }

        for (var i = 1; i <= s1.Length; i++)
        {
            var db = 0;
            for (var j = 1; j <= s2.Length; j++)
            {
                var i1 = da[s2[j - 1]];
                var j1 = db;
                var cost = 1;
                if (s1[i - 1] == s2[j - 1])
                {
                    cost = 0;
                    db = j;
                }

                h[i + 1, j + 1] = Math.Min(
                    Math.Min(h[i, j] + cost, h[i + 1, j] + 1),
                    Math.Min(h[i, j + 1] + 1, h[i1, j1] + (i - i1 - 1) + 1 + (j - j1 - 1)));
            }

            da[s1[i - 1]] = i;
        }

        return h[s1.Length + 1, s2.Length + 1];
    }
}
