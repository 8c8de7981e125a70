using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusDiff.Similarity;

/// <summary>The one-word path of <see cref="JaroMatcher"/>: patterns of at most 64 code units.</summary>
internal static partial class JaroMatcher
{
    /// <summary>
    /// Jaro for a pattern of at most 64 code units: the position mask of each text character is computed on the fly
    /// with vector compares against the pattern (four 16-lane compares at most), so no per-call mask table is built
    /// and cleared. Otherwise the same bit-parallel matching as the table path.
    /// </summary>
    /// <param name="p">The pattern, 1 to 64 code units.</param>
    /// <param name="t">The text, at least as long as the pattern.</param>
    /// <param name="range">The match window of the full texts.</param>
    /// <param name="prefix">The common prefix already counted as matches (not part of <paramref name="p"/> or <paramref name="t"/>).</param>
    /// <param name="pLength">The full pattern's length.</param>
    /// <param name="tLength">The full text's length.</param>
    /// <returns>The Jaro similarity.</returns>
    private static double SimilarityShort(ReadOnlySpan<char> p, ReadOnlySpan<char> t, int range, int prefix, int pLength, int tLength)
    {
        Span<ushort> padded = stackalloc ushort[64];
        MemoryMarshal.Cast<char, ushort>(p).CopyTo(padded);
        ref var start = ref MemoryMarshal.GetReference(padded);
        var v0 = Vector256.LoadUnsafe(ref start);
        var v1 = Vector256.LoadUnsafe(ref start, 16);
        var v2 = Vector256.LoadUnsafe(ref start, 32);
        var v3 = Vector256.LoadUnsafe(ref start, 48);
        var chunks = (p.Length + 15) >> 4;

        // Padding is U+0000, so a NUL in the text would "match" it: the length mask drops those bits.
        var lengthMask = p.Length == 64 ? ulong.MaxValue : (1UL << p.Length) - 1;
        var end = Math.Min(t.Length, p.Length + range);
        var last = p.Length - 1;
        var tWords = WordsFor(end);
        ulong[]? rented = null;
        var tFlags = tWords <= 64 ? stackalloc ulong[tWords] : (rented = ArrayPool<ulong>.Shared.Rent(tWords)).AsSpan(0, tWords);
        try
        {
            tFlags.Clear();
            ulong pFlags = 0;
            var matches = 0;
            for (var j = 0; j < end; j++)
            {
                var needle = Vector256.Create((ushort)t[j]);
                ulong equal = Vector256.Equals(v0, needle).ExtractMostSignificantBits();
                if (chunks > 1)
                {
                    equal |= (ulong)Vector256.Equals(v1, needle).ExtractMostSignificantBits() << 16;
                    if (chunks > 2)
                    {
                        equal |= (ulong)Vector256.Equals(v2, needle).ExtractMostSignificantBits() << 32;
                        equal |= (ulong)Vector256.Equals(v3, needle).ExtractMostSignificantBits() << 48;
                    }
                }

                var lo = Math.Max(0, j - range);
                var hi = Math.Min(last, j + range);
                var window = (ulong.MaxValue >> (63 - hi)) & (ulong.MaxValue << lo);
                var candidates = equal & lengthMask & window & ~pFlags;
                if (candidates != 0)
                {
                    pFlags |= candidates & (0UL - candidates);
                    tFlags[j >> 6] |= 1UL << (j & 63);
                    if (++matches == p.Length)
                    {
                        break;
                    }
                }
            }

            if (prefix + matches == 0)
            {
                return 0.0;
            }

            var halfTranspositions = matches == 0 ? 0 : CountMismatches(p, new ReadOnlySpan<ulong>(ref pFlags), t, tFlags) / 2;
            return Score(prefix + matches, halfTranspositions, pLength, tLength);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }
}
