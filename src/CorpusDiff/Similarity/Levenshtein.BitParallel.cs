using System.Runtime.CompilerServices;

namespace CorpusDiff.Similarity;

/// <content>Hyyrö's bit-parallel Levenshtein for patterns of at most 64 characters, and the kernel entry points.</content>
public sealed partial class Levenshtein
{
    /// <summary>
    /// Hyyrö (2003) on one 64-bit word: column by column over the text, the vertical deltas of the whole pattern
    /// column are updated in a handful of word operations, and the distance is tracked at the pattern's last row.
    /// </summary>
    /// <returns>The distance if at most <paramref name="max"/>, otherwise <c>max + 1</c>.</returns>
    private static int SingleWord<TMasks>(scoped in TMasks pattern, int length, ReadOnlySpan<char> text, int max)
        where TMasks : ISingleWordMasks, allows ref struct
    {
        var lastRow = length - 1;
        var vp = ulong.MaxValue;
        var vn = 0UL;
        var distance = length;

        // The bottom-row value falls by at most 1 per remaining column, so once it exceeds max plus the columns
        // still to come the result is certainly above max.
        var breakScore = (long)max + text.Length;
        for (var j = 0; j < text.Length; j++)
        {
            var eq = pattern.Single(text[j]);
            var d0 = (((eq & vp) + vp) ^ vp) | eq | vn;
            var hp = vn | ~(d0 | vp);
            var hn = d0 & vp;
            distance += (int)((hp >> lastRow) & 1) - (int)((hn >> lastRow) & 1);
            if (distance + j + 1 > breakScore)
            {
                return max + 1;
            }

            hp = (hp << 1) | 1;
            hn <<= 1;
            vp = hn | ~(d0 | hp);
            vn = hp & d0;
        }

        return distance <= max ? distance : max + 1;
    }

    /// <summary>
    /// Advances one 64-row block of Hyyrö's multi-word algorithm by one text column. The horizontal delta entering
    /// the block from above (<paramref name="hpCarry"/>/<paramref name="hnCarry"/>) replaces the carry of the
    /// addition, which is what lets blocks be computed one at a time.
    /// </summary>
    /// <returns>The change of the value at the block's bottom row (the bit at <paramref name="outShift"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Advance(ref ulong vp, ref ulong vn, ulong eq, ref ulong hpCarry, ref ulong hnCarry, int outShift)
    {
        var x = eq | hnCarry;
        var pv = vp;
        var nv = vn;
        var d0 = (((x & pv) + pv) ^ pv) | x | nv;
        var hp = nv | ~(d0 | pv);
        var hn = d0 & pv;
        var hpOut = (hp >> outShift) & 1;
        var hnOut = (hn >> outShift) & 1;
        hp = (hp << 1) | hpCarry;
        hn = (hn << 1) | hnCarry;
        vp = hn | ~(d0 | hp);
        vn = hp & d0;
        hpCarry = hpOut;
        hnCarry = hnOut;
        return (int)hpOut - (int)hnOut;
    }

    private readonly struct SingleWordKernel : IPatternKernel
    {
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound) => SingleWord(pattern, pattern.Length, text, bound);
    }

    private readonly struct BlocksKernel : IPatternKernel
    {
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound) => Blocks(pattern, text, bound);
    }
}
