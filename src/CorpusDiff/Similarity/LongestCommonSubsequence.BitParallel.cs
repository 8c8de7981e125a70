using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        SpanOrder.ShorterFirst(ref s1, ref s2);

        var rest = Math.Max(0, cutoff - affix);
        if (s1.Length == 0 || rest > s1.Length)
        {
            return affix;
        }

        if (s1.Length <= ShortPatternMasks.MaxLength && ShortPatternMasks.IsSupported)
        {
            return affix + SingleWord(new ShortPatternMasks(s1), s1.Length, s2);
        }

        return affix + PatternMasksBuilder.Run<WordsKernel>(s1, s2, rest);
    }

    /// <summary>Computes the LCS length of a compiled pattern and a text, or any value below <paramref name="cutoff"/> when below it.</summary>
    internal static int Compute(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int cutoff)
    {
        if (pattern.Length == 0 || text.Length == 0 || cutoff > Math.Min(pattern.Length, text.Length))
        {
            return 0;
        }

        return pattern.Words switch
        {
            1 => SingleWord(pattern, pattern.Length, text),
            2 => Unrolled<TwoWords>(pattern, text),
            3 => Unrolled<ThreeWords>(pattern, text),
            4 => Unrolled<FourWords>(pattern, text),
            _ => Blocks(pattern, text, cutoff),
        };
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

    /// <summary>Starts the multi-word state of Hyyrö's LCS recurrence, S₀ = 1ᵐ (no pattern position matched yet); returns its first word.</summary>
    private static ref ulong StartState(Span<ulong> s)
    {
        s.Fill(ulong.MaxValue);
        return ref MemoryMarshal.GetReference(s);
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
            ref var state = ref StartState(s);
            var bandLeft = m - cutoff;
            var bandRight = text.Length - cutoff;
            var j = 0;
            if (cutoff <= 0)
            {
                // No band: every column covers every word, so two columns can run as a wavefront.
                j = PairedColumns(pattern, text, ref state);
            }

            for (; j < text.Length; j++)
            {
                var column = j + 1;
                var lo = column - bandRight;
                var first = lo <= 1 ? 0 : (lo - 1) >> 6;
                var last = (Math.Min(m, column + bandLeft) - 1) >> 6;
                // The band keeps first ≤ last < words and every row holds words entries, so the refs stay inside.
                ref var row = ref pattern.RowStart(text[j]);
                var carry = 0UL;
                for (var w = first; w <= last; w++)
                {
                    ref var sw = ref Unsafe.Add(ref state, w);
                    var old = sw;
                    var u = old & Unsafe.Add(ref row, w);

                    // The sum without the incoming carry does not wait for the previous word; only the carry's last
                    // step does (see Step).
                    var x = old + u;
                    var sum = x + carry;
                    carry = (x < u ? 1UL : 0UL) | ((x == ulong.MaxValue ? 1UL : 0UL) & carry);
                    sw = sum | (old - u);
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

    /// <summary>
    /// Runs the columns two at a time over all words and returns how many it ran (an even number): column j + 1
    /// updates word w − 1 while column j updates word w. Each column's carry ripples through the words one after the
    /// other, so one column alone waits on that chain; two independent chains keep the processor busy, which
    /// x64's add-with-carry does for native code.
    /// </summary>
    private static int PairedColumns(scoped in PatternMasks pattern, ReadOnlySpan<char> text, ref ulong state)
    {
        var words = pattern.Words;
        var j = 0;
        for (; j + 1 < text.Length; j += 2)
        {
            ref var row0 = ref pattern.RowStart(text[j]);
            ref var row1 = ref pattern.RowStart(text[j + 1]);
            var carry0 = 0UL;
            var carry1 = 0UL;
            var current = Step(state, row0, ref carry0);
            for (var w = 1; w < words; w++)
            {
                Unsafe.Add(ref state, w - 1) = Step(current, Unsafe.Add(ref row1, w - 1), ref carry1);
                current = Step(Unsafe.Add(ref state, w), Unsafe.Add(ref row0, w), ref carry0);
            }

            Unsafe.Add(ref state, words - 1) = Step(current, Unsafe.Add(ref row1, words - 1), ref carry1);
        }

        return j;
    }

    /// <summary>
    /// Patterns of two to four words with the state in registers and no band: the per-column bookkeeping of
    /// <see cref="Blocks"/> costs more than the few words it could skip. <typeparamref name="TWords"/> is a struct so
    /// the JIT compiles one specialised copy per word count and drops the unused words.
    /// </summary>
    private static int Unrolled<TWords>(scoped in PatternMasks pattern, ReadOnlySpan<char> text)
        where TWords : struct, IWordCount
    {
        var words = TWords.Count;
        ulong s0 = ulong.MaxValue, s1 = ulong.MaxValue, s2 = ulong.MaxValue, s3 = ulong.MaxValue;
        foreach (var c in text)
        {
            ref var row = ref pattern.RowStart(c);
            var carry = 0UL;
            s0 = Step(s0, row, ref carry);
            s1 = Step(s1, Unsafe.Add(ref row, 1), ref carry);
            if (words > 2)
            {
                s2 = Step(s2, Unsafe.Add(ref row, 2), ref carry);
            }

            if (words > 3)
            {
                s3 = Step(s3, Unsafe.Add(ref row, 3), ref carry);
            }
        }

        var tail = pattern.Length & 63;
        var lastUsed = tail == 0 ? ulong.MaxValue : (1UL << tail) - 1;
        var lastWord = words switch { 2 => s1, 3 => s2, _ => s3 };
        var length = BitOperations.PopCount(~s0) + BitOperations.PopCount(~lastWord & lastUsed);
        if (words > 2)
        {
            length += BitOperations.PopCount(~s1);
        }

        if (words > 3)
        {
            length += BitOperations.PopCount(~s2);
        }

        return length;
    }

    /// <summary>
    /// One word of a column: <c>(s + u + carry) | (s − u)</c> with <c>u = s &amp; row</c>. The carry out is computed
    /// from <c>s + u</c>, which does not depend on the incoming carry, so the chain from word to word is two
    /// operations long instead of two additions and two comparisons.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong s, ulong row, ref ulong carry)
    {
        var u = s & row;
        var x = s + u;
        var sum = x + carry;

        // s + u overflowed, or it is all ones and the incoming carry overflows it (never both).
        carry = (x < u ? 1UL : 0UL) | ((x == ulong.MaxValue ? 1UL : 0UL) & carry);
        return sum | (s - u);
    }

    /// <summary>Builds the pattern's masks and runs the kernel for its word count.</summary>
    private readonly struct WordsKernel : IPatternKernel
    {
        public int Run(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int bound) => Compute(pattern, text, bound);
    }
}
