namespace CorpusDiff.Diffing;

/// <summary>The core: Myers' greedy O(ND) shortest edit script over token ids.</summary>
public sealed partial class WordDiff
{
    /// <summary>Computes the pieces (equal runs and edit blocks) of a shortest edit script.</summary>
    internal static List<Piece> Myers(int[] a, int[] b)
    {
        var pieces = new List<Piece>();
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        if (prefix > 0)
        {
            Add(pieces, new Piece(true, 0, prefix, 0, prefix));
        }

        Middle(a, prefix, a.Length - suffix, b, prefix, b.Length - suffix, pieces);
        if (suffix > 0)
        {
            Add(pieces, new Piece(true, a.Length - suffix, a.Length, b.Length - suffix, b.Length));
        }

        return pieces;
    }

    private static void Middle(int[] a, int aStart, int aEnd, int[] b, int bStart, int bEnd, List<Piece> pieces)
    {
        var n = aEnd - aStart;
        var m = bEnd - bStart;
        if (n == 0 && m == 0)
        {
            return;
        }

        if (n == 0 || m == 0)
        {
            Add(pieces, new Piece(false, aStart, aEnd, bStart, bEnd));
            return;
        }

        // Greedy forward search, keeping each round's frontier so the path can be traced back. Sentences are short
        // (tens of words), so the O(D^2) trace costs less than the linear-space variant's recursion.
        var max = n + m;
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        // Round d reads only k in [-d-1, d+1]: keep that slice of the frontier, not the whole array.
        var trace = new List<int[]>();
        var found = false;
        for (var d = 0; d <= max && !found; d++)
        {
            trace.Add(v.AsSpan(offset - d - 1, (2 * d) + 3).ToArray());
            for (var k = -d; k <= d; k += 2)
            {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                {
                    x = v[offset + k + 1];
                }
                else
                {
                    x = v[offset + k - 1] + 1;
                }

                var y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        // Trace back from (n, m), collecting single steps in reverse.
        var steps = new List<(bool Equal, bool FromA)>();
        int cx = n, cy = m;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var vd = trace[d];
            var shift = d + 1 - offset; // maps offset + k to the slice index d + 1 + k
            var k = cx - cy;
            int prevK;
            if (d == 0)
            {
                prevK = 0;
            }
            else if (k == -d || (k != d && vd[shift + offset + k - 1] < vd[shift + offset + k + 1]))
            {
                prevK = k + 1;
            }
            else
            {
                prevK = k - 1;
            }

            var prevX = d == 0 ? 0 : vd[shift + offset + prevK];
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                steps.Add((true, false));
                cx--;
                cy--;
            }

            if (d > 0)
            {
                steps.Add((false, cx > prevX));
                cx = prevX;
                cy = prevY;
            }
        }

        steps.Reverse();
        int ai = aStart, bi = bStart;
        foreach (var (equal, fromA) in steps)
        {
            if (equal)
            {
                Add(pieces, new Piece(true, ai, ai + 1, bi, bi + 1));
                ai++;
                bi++;
            }
            else if (fromA)
            {
                Add(pieces, new Piece(false, ai, ai + 1, bi, bi));
                ai++;
            }
            else
            {
                Add(pieces, new Piece(false, ai, ai, bi, bi + 1));
                bi++;
            }
        }
    }

    /// <summary>Appends a piece, merging it into the last one when both are equalities or both are edits.</summary>
    private static void Add(List<Piece> pieces, Piece piece)
    {
        if (pieces.Count > 0 && pieces[^1].Equal == piece.Equal)
        {
            var last = pieces[^1];
            pieces[^1] = new Piece(last.Equal, last.AStart, piece.AEnd, last.BStart, piece.BEnd);
        }
        else
        {
            pieces.Add(piece);
        }
    }

    /// <summary>An equal run or an edit block: source tokens [AStart, AEnd) and target tokens [BStart, BEnd).</summary>
    internal readonly record struct Piece(bool Equal, int AStart, int AEnd, int BStart, int BEnd)
    {
        public int ALength => AEnd - AStart;

        public int BLength => BEnd - BStart;
    }
}
