using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusDiff.Similarity;

/// <summary>
/// Finds the longest common substring of two texts by scanning every diagonal (fixed offset between the texts) for
/// its longest run of equal code units, eight at a time with vector compares.
/// </summary>
internal static class LongestCommonSubstring
{
    /// <summary>
    /// Gets the longest common substring; on ties, the one starting first in <paramref name="a"/>, then first in
    /// <paramref name="b"/> (F23's Ratcliff/Obershelp choice).
    /// </summary>
    /// <param name="a">The first text.</param>
    /// <param name="b">The second text.</param>
    /// <returns>The length (0 when there is none) and the start in each text.</returns>
    public static (int Length, int StartA, int StartB) Find(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int bestLength = 0, bestA = 0, bestB = 0;

        // Diagonal d pairs a[i] with b[i + d].
        for (var d = -(a.Length - 1); d < b.Length; d++)
        {
            var startA = Math.Max(0, -d);
            var startB = startA + d;
            var length = Math.Min(a.Length - startA, b.Length - startB);
            if (length < bestLength || (length == bestLength && !Before(startA, startB, bestA, bestB)))
            {
                continue;
            }

            var (run, offset) = LongestRun(a.Slice(startA, length), b.Slice(startB, length));
            if (run == 0)
            {
                continue;
            }

            var runA = startA + offset;
            var runB = startB + offset;
            if (run > bestLength || (run == bestLength && Before(runA, runB, bestA, bestB)))
            {
                bestLength = run;
                bestA = runA;
                bestB = runB;
            }
        }

        return (bestLength, bestA, bestB);
    }

    private static bool Before(int a, int b, int bestA, int bestB) => a < bestA || (a == bestA && b < bestB);

    // The longest run of positions where x and y agree, the earliest on ties.
    private static (int Length, int Offset) LongestRun(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        int best = 0, bestStart = 0, run = 0, runStart = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var rx = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(x));
            ref var ry = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(y));
            for (; i + 8 <= x.Length; i += 8)
            {
                var equal = Vector128.Equals(Vector128.LoadUnsafe(ref rx, (nuint)i), Vector128.LoadUnsafe(ref ry, (nuint)i));
                var mask = equal.ExtractMostSignificantBits();
                if (mask == 0xFF)
                {
                    if (run == 0)
                    {
                        runStart = i;
                    }

                    run += 8;
                    continue;
                }

                if (mask == 0)
                {
                    if (run > best)
                    {
                        best = run;
                        bestStart = runStart;
                    }

                    run = 0;
                    continue;
                }

                for (var bit = 0; bit < 8; bit++)
                {
                    Step((mask & (1u << bit)) != 0, i + bit, ref run, ref runStart, ref best, ref bestStart);
                }
            }
        }

        for (; i < x.Length; i++)
        {
            Step(x[i] == y[i], i, ref run, ref runStart, ref best, ref bestStart);
        }

        if (run > best)
        {
            best = run;
            bestStart = runStart;
        }

        return (best, bestStart);
    }

    private static void Step(bool equal, int position, ref int run, ref int runStart, ref int best, ref int bestStart)
    {
        if (equal)
        {
            if (run == 0)
            {
                runStart = position;
            }

            run++;
        }
        else
        {
            if (run > best)
            {
                best = run;
                bestStart = runStart;
            }

            run = 0;
        }
    }
}
