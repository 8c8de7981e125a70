using System.Runtime.Intrinsics;

namespace CorpusDiff.Text;

/// <summary>How <see cref="SortedMerge"/> combines the counts of a shared hash (product or minimum).</summary>
internal interface ICountOperation
{
    /// <summary>Combines eight pairs of counts held in the low halves of 64-bit lanes.</summary>
    /// <param name="x">The first counts.</param>
    /// <param name="y">The second counts.</param>
    /// <returns>The combined values.</returns>
    static abstract Vector512<ulong> Pair(Vector512<ulong> x, Vector512<ulong> y);

    /// <summary>Combines four pairs of counts held in the low halves of 64-bit lanes.</summary>
    /// <param name="x">The first counts.</param>
    /// <param name="y">The second counts.</param>
    /// <returns>The combined values.</returns>
    static abstract Vector256<ulong> Pair(Vector256<ulong> x, Vector256<ulong> y);

    /// <summary>Combines one pair of counts.</summary>
    /// <param name="x">The first count.</param>
    /// <param name="y">The second count.</param>
    /// <returns>The combined value.</returns>
    static abstract long Scalar(int x, int y);
}
