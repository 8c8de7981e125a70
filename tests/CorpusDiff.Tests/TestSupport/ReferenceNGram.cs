namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// Kondrak's n-gram distance as F23.StringSimilarity computes it (explicitly padded arrays, full rows), with the
/// padding held as −1 so it never equals a character, and without F23's short-string shortcut.
/// </summary>
public static class ReferenceNGram
{
    public static double Distance(string s0, string s1, int n = 2)
    {
        if (s0 == s1)
        {
            return 0;
        }

        if (s0.Length == 0 || s1.Length == 0)
        {
            return 1;
        }

        var sa = Enumerable.Repeat(-1, n - 1).Concat(s0.Select(c => (int)c)).ToArray();
        var ta = Enumerable.Repeat(-1, n - 1).Concat(s1.Select(c => (int)c)).ToArray();
        var d = new double[s0.Length + 1, s1.Length + 1];
        for (var i = 0; i <= s0.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= s1.Length; j++)
        {
            d[0, j] = j;
        }

        for (var j = 1; j <= s1.Length; j++)
        {
            for (var i = 1; i <= s0.Length; i++)
            {
                int cost = 0, counted = n;
                for (var k = 0; k < n; k++)
                {
                    if (sa[i - 1 + k] != ta[j - 1 + k])
                    {
                        cost++;
                    }
                    else if (sa[i - 1 + k] == -1)
                    {
                        counted--;
                    }
                }

                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (double)cost / counted);
            }
        }

        return d[s0.Length, s1.Length] / Math.Max(s0.Length, s1.Length);
    }
}
