using System.Runtime.Intrinsics;
using CorpusDiff.Text;

namespace CorpusDiff.Dedup;

/// <summary>
/// Computes MinHash signatures of shingle-hash sets. Permutation i maps a 64-bit shingle hash h to
/// a_i·h + b_i (mod 2^64) with odd a_i; its minimum's high 32 bits are the signature value (multiply-shift hashing,
/// a universal family on the high bits). a_i and b_i come from SplitMix64 seeded with <see cref="Seed"/>, so
/// signatures are reproducible across runs and machines. Immutable and thread-safe; signing allocates only the result.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] a;
    private readonly ulong[] b;

    /// <summary>Initializes a hasher.</summary>
    /// <param name="permutations">The number of permutations (1 to 4096).</param>
    /// <param name="seed">The seed of the permutations.</param>
    public MinHasher(int permutations = 128, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permutations, 4096);
        Permutations = permutations;
        Seed = seed;
        a = new ulong[permutations];
        b = new ulong[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++)
        {
            a[i] = Next(ref state) | 1UL;
            b[i] = Next(ref state);
        }
    }

    /// <summary>Gets the number of permutations.</summary>
    public int Permutations { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Signs a set of 64-bit shingle hashes (duplicates do not change the result).</summary>
    /// <param name="shingles">The shingle hashes; an empty set gets the all-ones signature.</param>
    /// <returns>The signature.</returns>
    public MinHashSignature Sign(ReadOnlySpan<ulong> shingles)
    {
        var values = new uint[Permutations];
        var p = 0;

        // With AVX-512 (native 64-bit multiply and unsigned min) sixteen permutations advance per shingle in two vectors.
        if (Vector512.IsHardwareAccelerated)
        {
            for (; p + 16 <= Permutations; p += 16)
            {
                var a0 = Vector512.Create(a.AsSpan(p, 8));
                var a1 = Vector512.Create(a.AsSpan(p + 8, 8));
                var b0 = Vector512.Create(b.AsSpan(p, 8));
                var b1 = Vector512.Create(b.AsSpan(p + 8, 8));
                var m0 = Vector512<ulong>.AllBitsSet;
                var m1 = Vector512<ulong>.AllBitsSet;
                foreach (var h in shingles)
                {
                    var hv = Vector512.Create(h);
                    m0 = Vector512.Min(m0, (a0 * hv) + b0);
                    m1 = Vector512.Min(m1, (a1 * hv) + b1);
                }

                for (var i = 0; i < 8; i++)
                {
                    values[p + i] = (uint)(m0.GetElement(i) >> 32);
                    values[p + 8 + i] = (uint)(m1.GetElement(i) >> 32);
                }
            }
        }

        // Four permutations per pass over the shingles keep four independent minima in registers.
        for (; p + 4 <= Permutations; p += 4)
        {
            ulong a0 = a[p], a1 = a[p + 1], a2 = a[p + 2], a3 = a[p + 3];
            ulong b0 = b[p], b1 = b[p + 1], b2 = b[p + 2], b3 = b[p + 3];
            ulong m0 = ulong.MaxValue, m1 = ulong.MaxValue, m2 = ulong.MaxValue, m3 = ulong.MaxValue;
            foreach (var h in shingles)
            {
                m0 = Math.Min(m0, (a0 * h) + b0);
                m1 = Math.Min(m1, (a1 * h) + b1);
                m2 = Math.Min(m2, (a2 * h) + b2);
                m3 = Math.Min(m3, (a3 * h) + b3);
            }

            values[p] = (uint)(m0 >> 32);
            values[p + 1] = (uint)(m1 >> 32);
            values[p + 2] = (uint)(m2 >> 32);
            values[p + 3] = (uint)(m3 >> 32);
        }

        for (; p < Permutations; p++)
        {
            var m = ulong.MaxValue;
            foreach (var h in shingles)
            {
                m = Math.Min(m, (a[p] * h) + b[p]);
            }

            values[p] = (uint)(m >> 32);
        }

        return new MinHashSignature(values, shingles.Length, Seed, owned: true);
    }

    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return XxHash64.Mix(state);
    }
}
