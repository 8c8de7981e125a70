using System.Numerics;

namespace CorpusDiff.Similarity;

/// <content>The bit-parallel LCS length (Allison–Dix 1986, Hyyrö 2004) in one word and in banded blocks.</content>
public sealed partial class LongestCommonSubsequence
{
    /// <summary>
    /// Computes the LCS length, or any value below <paramref name="cutoff"/> when the LCS is certainly below it.
    /// </summary>
    /// <remarks>The common prefix and suffix belong to every longest common subsequence, so they are counted, not computed.</remarks>
    internal static int Compute(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int cutoff)
    {
        var affix = CommonAffix.Strip(ref s1, ref s2);
        if (s1.Length > s2.Length)
        {
            var swap = s1;
            s1 = s2;
            s2 = swap;
        }

        var rest = Math.Max(0, cutoff - affix);
        if (s1.Length == 0 || rest > s1.Length)
        {
            return affix;
        }

        if (s1.Length <= ShortPatternMasks.MaxLength && ShortPatternMasks.IsSupported)
        {
            return affix + SingleWord(new ShortPatternMasks(s1), s1.Length, s2);
        }

        return affix + (s1.Length <= 64
            ? PatternMasksBuilder.Run<SingleWordKernel>(s1, s2, rest)
            : PatternMasksBuilder.Run<BlocksKernel>(s1, s2, rest));
    }

    /// <summary>Computes the LCS length of a compiled pattern and a text, or any value below <paramref name="cutoff"/> when below it.</summary>
    internal static int Compute(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int cutoff)
    {
        if (pattern.Length == 0 || text.Length == 0 || cutoff > Math.Min(pattern.Length, text.Length))
        {
            return 0;
        }

        return pattern.Length <= 64 ? SingleWord(pattern, pattern.Length, text) : Blocks(pattern, text, cutoff);
    }

    /// <summary>
    /// One word: bit i of <c>s</c> is 0 where the LCS of the pattern's first i + 1 characters grew; the addition
    /// carries each match up to the next unused row.
    /// </summary>
    private static int SingleWord<TMasks>(scoped in TMasks pattern, int length, ReadOnlySpan<char> text)
        where TMasks : ISingleWordMasks, allows ref struct
    {
        var s = ulong.MaxValue;
        foreach (var c in text)
        {
            var u = s & pattern.Single(c);
            s = (s + u) | (s - u);
        }

        var used = length == 64 ? ulong.MaxValue : (1UL << length) - 1;
        return BitOperations.PopCount(~s & used);
    }

    /// <summary>
    /// Multi-word version with the addition's carry passed from block to block. With a cutoff only the diagonal band
    /// that an LCS of at least <paramref name="cutoff"/> can pass through is computed (rows i with
    /// <c>i − j ≤ m − cutoff</c> and <c>j − i ≤ n − cutoff</c>); outside it the result is a lower bound.
    /// </summary>
    private static int Blocks(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int cutoff)
    {
        var m = pattern.Length;
        var words = pattern.Words;
        ulong[]? rented = null;
        try
        {
            Span<ulong> s = words <= 256 ? stackalloc ulong[words] : PatternMasksBuilder.Rent(ref rented, words);
            s.Fill(ulong.MaxValue);
            var bandLeft = m - cutoff;
            var bandRight = text.Length - cutoff;
            for (var j = 0; j < text.Length; j++)
            {
                var column = j + 1;
                var lo = column - bandRight;
                var first = lo <= 1 ? 0 : (lo - 1) >> 6;
                var last = (Math.Min(m, column + bandLeft) - 1) >> 6;
                var row = pattern.Row(text[j]);
                var carry = 0UL;
                for (var w = first; w <= last; w++)
                {
                    var sw = s[w];
                    var u = sw & row[w];
                    var withCarry = sw + carry;
                    var sum = withCarry + u;
                    carry = (withCarry < carry ? 1UL : 0UL) | (sum < u ? 1UL : 0UL);
                    s[w] = sum | (sw - u);
                }
            }

            var length = 0;
            for (var w = 0; w < words - 1; w++)
            {
                length += BitOperations.PopCount(~s[w]);
            }

            var tail = m & 63;
            var used = tail == 0 ? ulong.MaxValue : (1UL << tail) - 1;
            return length + BitOperations.PopCount(~s[words - 1] & used);
        }
        finally
        {
            PatternMasksBuilder.Return(rented);
        }
    }

    private readonly struct SingleWordKernel : IPatternKernel
    {
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound) => SingleWord(pattern, pattern.Length, text);
    }

    private readonly struct BlocksKernel : IPatternKernel
    {
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound) => Blocks(pattern, text, bound);
    }
}
