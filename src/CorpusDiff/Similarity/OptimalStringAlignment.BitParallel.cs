namespace CorpusDiff.Similarity;

/// <content>Hyyrö's bit-parallel OSA distance (2003) in one word and in blocks.</content>
public sealed partial class OptimalStringAlignment
{
    /// <summary>
    /// Levenshtein's bit-vector step plus a transposition vector: a diagonal zero may also come from two positions
    /// back where the current and previous text characters match the pattern crosswise.
    /// </summary>
    private static int SingleWord<TMasks>(scoped in TMasks pattern, int length, ReadOnlySpan<char> text)
        where TMasks : ISingleWordMasks, allows ref struct
    {
        var lastRow = length - 1;
        var vp = ulong.MaxValue;
        var vn = 0UL;
        var d0 = 0UL;
        var previous = 0UL;
        var distance = length;
        foreach (var c in text)
        {
            var eq = pattern.Single(c);
            var tr = (((~d0) & eq) << 1) & previous;
            d0 = (((eq & vp) + vp) ^ vp) | eq | vn | tr;
            var hp = vn | ~(d0 | vp);
            var hn = d0 & vp;
            distance += (int)((hp >> lastRow) & 1) - (int)((hn >> lastRow) & 1);
            hp = (hp << 1) | 1;
            hn <<= 1;
            vp = hn | ~(d0 | hp);
            vn = hp & d0;
            previous = eq;
        }

        return distance;
    }

    /// <summary>
    /// The multi-word version: the transposition vector needs the previous column's diagonal zeros and matches of the
    /// word below too (its top bit shifts into this word), so two generations of the per-word state are kept.
    /// </summary>
    private static int Blocks(scoped in PatternMasks pattern, ReadOnlySpan<char> text)
    {
        var words = pattern.Words;
        var lastShift = (pattern.Length - 1) & 63;
        var stride = words + 1;
        ulong[]? rented = null;
        try
        {
            // Index 0 of every vector is a permanent zero word standing for "below the first block".
            Span<ulong> state = stride <= 64 ? stackalloc ulong[8 * stride] : PatternMasksBuilder.Rent(ref rented, 8 * stride);
            var oldVp = state.Slice(0, stride);
            var oldVn = state.Slice(stride, stride);
            var oldD0 = state.Slice(2 * stride, stride);
            var oldEq = state.Slice(3 * stride, stride);
            var newVp = state.Slice(4 * stride, stride);
            var newVn = state.Slice(5 * stride, stride);
            var newD0 = state.Slice(6 * stride, stride);
            var newEq = state.Slice(7 * stride, stride);
            oldVp.Fill(ulong.MaxValue);
            var distance = pattern.Length;

            foreach (var c in text)
            {
                var row = pattern.Row(c);
                var hpCarry = 1UL;
                var hnCarry = 0UL;
                for (var w = 0; w < words; w++)
                {
                    var vp = oldVp[w + 1];
                    var vn = oldVn[w + 1];
                    var d0 = oldD0[w + 1];
                    var eq = row[w];
                    var tr = ((((~d0) & eq) << 1) | (((~oldD0[w]) & newEq[w]) >> 63)) & oldEq[w + 1];
                    var x = eq | hnCarry;
                    d0 = (((x & vp) + vp) ^ vp) | x | vn | tr;
                    var hp = vn | ~(d0 | vp);
                    var hn = d0 & vp;
                    if (w == words - 1)
                    {
                        distance += (int)((hp >> lastShift) & 1) - (int)((hn >> lastShift) & 1);
                    }

                    var hpOut = hp >> 63;
                    var hnOut = hn >> 63;
                    hp = (hp << 1) | hpCarry;
                    hn = (hn << 1) | hnCarry;
                    hpCarry = hpOut;
                    hnCarry = hnOut;
                    newVp[w + 1] = hn | ~(d0 | hp);
                    newVn[w + 1] = hp & d0;
                    newD0[w + 1] = d0;
                    newEq[w + 1] = eq;
                }

                Swap(ref oldVp, ref newVp);
                Swap(ref oldVn, ref newVn);
                Swap(ref oldD0, ref newD0);
                Swap(ref oldEq, ref newEq);
            }

            return distance;
        }
        finally
        {
            PatternMasksBuilder.Return(rented);
        }
    }

    private static void Swap(ref Span<ulong> a, ref Span<ulong> b)
    {
        var t = a;
        a = b;
        b = t;
    }

    private readonly struct SingleWordKernel : IPatternKernel
    {
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound) => SingleWord(pattern, pattern.Length, text);
    }

    private readonly struct BlocksKernel : IPatternKernel
    {
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound) => Blocks(pattern, text);
    }
}
