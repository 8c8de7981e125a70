using System.Numerics;
using System.Runtime.CompilerServices;

namespace CorpusDiff.Similarity;

/// <content>One pass that yields the LCS of the pattern with every prefix of a text (for partial ratios).</content>
public sealed partial class LongestCommonSubsequence
{
    /// <summary>
    /// Finds the text prefix <c>text[..i]</c> (1 ≤ i ≤ |text|) with the best Indel ratio <c>2·LCS / (|pattern| + i)</c>
    /// against the pattern. The bit-parallel LCS reads the text left to right, so after column i it holds the LCS with
    /// that prefix: all prefixes cost one pass instead of one computation each.
    /// </summary>
    /// <param name="pattern">The pattern's masks.</param>
    /// <param name="text">The text whose prefixes are scored.</param>
    /// <param name="bestLcs">The LCS length of the best prefix (0 if none has a common character).</param>
    /// <param name="bestLength">The best prefix's length (0 if none has a common character).</param>
    internal static void BestPrefix(scoped in PatternMasks pattern, ReadOnlySpan<char> text, out int bestLcs, out int bestLength)
    {
        bestLcs = 0;
        bestLength = 0;
        var m = pattern.Length;
        if (m == 0)
        {
            return;
        }

        var words = pattern.Words;
        ulong[]? rented = null;
        try
        {
            Span<ulong> s = words <= 256 ? stackalloc ulong[words] : PatternMasksBuilder.Rent(ref rented, words);
            ref var state = ref StartState(s);
            var tail = m & 63;
            var lastUsed = tail == 0 ? ulong.MaxValue : (1UL << tail) - 1;
            for (var j = 0; j < text.Length; j++)
            {
                ref var row = ref pattern.RowStart(text[j]);
                var carry = 0UL;
                var lcs = 0;
                for (var w = 0; w < words - 1; w++)
                {
                    ref var sw = ref Unsafe.Add(ref state, w);
                    sw = Step(sw, Unsafe.Add(ref row, w), ref carry);
                    lcs += BitOperations.PopCount(~sw);
                }

                ref var lastWord = ref Unsafe.Add(ref state, words - 1);
                lastWord = Step(lastWord, Unsafe.Add(ref row, words - 1), ref carry);
                lcs += BitOperations.PopCount(~lastWord & lastUsed);

                // 2·lcs / (m + length) > 2·bestLcs / (m + bestLength), compared without division.
                var length = j + 1;
                if ((long)lcs * (m + bestLength) > (long)bestLcs * (m + length))
                {
                    bestLcs = lcs;
                    bestLength = length;
                }
            }
        }
        finally
        {
            PatternMasksBuilder.Return(rented);
        }
    }
}
