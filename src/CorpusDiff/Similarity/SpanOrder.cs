using System.Runtime.CompilerServices;

namespace CorpusDiff.Similarity;

/// <summary>
/// Puts the shorter of two texts first. The bit-parallel kernels take the shorter text as the pattern (fewer 64-bit
/// words per column), the partial ratio slides the shorter over the longer, and the banded Damerau rows run over the
/// longer (call with the arguments reversed).
/// </summary>
internal static class SpanOrder
{
    /// <summary>Swaps the texts when the first is the longer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ShorterFirst(ref ReadOnlySpan<char> first, ref ReadOnlySpan<char> second)
    {
        if (first.Length > second.Length)
        {
            var swap = first;
            first = second;
            second = swap;
        }
    }
}
