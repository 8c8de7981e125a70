using System.Numerics;

namespace CorpusDiff.Dedup;

/// <summary>
/// 64-bit SimHash (Charikar 2002) of a shingle-hash set: bit i of the fingerprint is set when more shingles have
/// bit i set than clear. Similar sets get fingerprints a small Hamming distance apart.
/// </summary>
internal static class SimHash
{
    /// <summary>Computes the fingerprint of a set of 64-bit shingle hashes (each counted once per occurrence).</summary>
    /// <param name="shingles">The shingle hashes.</param>
    /// <returns>The 64-bit fingerprint; 0 for an empty set.</returns>
    public static ulong Compute(ReadOnlySpan<ulong> shingles)
    {
        Span<int> votes = stackalloc int[64];
        foreach (var h in shingles)
        {
            var x = h;
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += (int)((x & 1) << 1) - 1;
                x >>= 1;
            }
        }

        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint;
    }

    /// <summary>Returns the number of differing bits.</summary>
    /// <param name="a">A fingerprint.</param>
    /// <param name="b">Another fingerprint.</param>
    /// <returns>The Hamming distance, 0 to 64.</returns>
    public static int HammingDistance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
