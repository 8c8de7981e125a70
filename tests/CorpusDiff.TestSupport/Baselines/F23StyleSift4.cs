namespace CorpusDiff.TestSupport.Baselines;

/// <summary>
/// F23.StringSimilarity's general Sift4, re-typed: a <c>List</c> of offset objects allocated per match. Linked into the
/// tests as the reference <c>Sift4</c> is checked against.
/// </summary>
public static class F23StyleSift4
{
    /// <summary>Gets the Sift4 distance.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="maxOffset">The look-ahead.</param>
    /// <returns>The distance.</returns>
    public static double Distance(string s1, string s2, int maxOffset = 10)
    {
        if (s1.Length == 0 || s2.Length == 0)
        {
            return Math.Max(s1.Length, s2.Length);
        }

        int l1 = s1.Length, l2 = s2.Length, c1 = 0, c2 = 0, lcss = 0, localCs = 0, trans = 0;
        var offsets = new List<Offset>();
        while (c1 < l1 && c2 < l2)
        {
            if (s1[c1] == s2[c2])
            {
                localCs++;
                var isTrans = false;
                var i = 0;
                while (i < offsets.Count)
                {
                    var ofs = offsets[i];
                    if (c1 <= ofs.C1 || c2 <= ofs.C2)
                    {
                        isTrans = Math.Abs(c2 - c1) >= Math.Abs(ofs.C2 - ofs.C1);
                        if (isTrans)
                        {
                            trans++;
                        }
                        else if (!ofs.Trans)
                        {
                            ofs.Trans = true;
                            trans++;
                        }

                        break;
                    }

                    if (c1 > ofs.C2 && c2 > ofs.C1)
                    {
                        offsets.RemoveAt(i);
                    }
                    else
                    {
                        i++;
                    }
                }

                offsets.Add(new Offset(c1, c2, isTrans));
            }
            else
            {
                lcss += localCs;
                localCs = 0;
                if (c1 != c2)
                {
                    c1 = c2 = Math.Min(c1, c2);
                }

                for (var i = 0; i < maxOffset && (c1 + i < l1 || c2 + i < l2); i++)
                {
                    if (c1 + i < l1 && s1[c1 + i] == s2[c2])
                    {
                        c1 += i - 1;
                        c2--;
                        break;
                    }

                    if (c2 + i < l2 && s1[c1] == s2[c2 + i])
                    {
                        c1--;
                        c2 += i - 1;
                        break;
                    }
                }
            }

            c1++;
            c2++;
            if (c1 >= l1 || c2 >= l2)
            {
                lcss += localCs;
                localCs = 0;
                c1 = c2 = Math.Min(c1, c2);
            }
        }

        lcss += localCs;
        return Math.Round((double)(Math.Max(l1, l2) - lcss + trans));
    }

    private sealed class Offset(int c1, int c2, bool trans)
    {
        public int C1 { get; } = c1;

        public int C2 { get; } = c2;

        public bool Trans { get; set; } = trans;
    }
}
