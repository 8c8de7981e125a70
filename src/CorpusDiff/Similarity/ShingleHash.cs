using System.Numerics;
using System.Runtime.CompilerServices;

namespace CorpusDiff.Similarity;

/// <summary>
/// Turns k-shingles into stable 64-bit hashes. Shingles of up to four UTF-16 code units are packed into 64 bits
/// and passed through a bijective mixer, so distinct shingles never collide; longer shingles use an xxHash64-style
/// hash with a fixed seed (collisions are possible but have probability about 2⁻⁶⁴ per pair).
/// </summary>
internal static class ShingleHash
{
    /// <summary>The fixed seed: hashes are stable across processes and machines.</summary>
    public const ulong Seed = 0x2545F4914F6CDD1DUL;

    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    /// <summary>Writes the hash of every k-shingle of a text (already whitespace-collapsed), in text order.</summary>
    /// <param name="text">The collapsed text; at least <paramref name="k"/> long.</param>
    /// <param name="k">The shingle length.</param>
    /// <param name="destination">Receives <c>text.Length − k + 1</c> hashes.</param>
    public static void HashAll(ReadOnlySpan<char> text, int k, Span<ulong> destination)
    {
        var count = text.Length - k + 1;
        if (k <= 4)
        {
            // A rolling window of packed code units: exact, so the mixer keeps distinct shingles distinct.
            var keep = k == 4 ? ulong.MaxValue : (1UL << (16 * k)) - 1;
            ulong packed = 0;
            for (var i = 0; i < k - 1; i++)
            {
                packed = (packed << 16) | text[i];
            }

            for (var i = 0; i < count; i++)
            {
                packed = ((packed << 16) | text[i + k - 1]) & keep;
                destination[i] = Mix(packed ^ Seed);
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            destination[i] = HashLong(text.Slice(i, k));
        }
    }

    /// <summary>The 64-bit finalizer of MurmurHash3/xxHash: a bijection with full avalanche.</summary>
    /// <param name="x">The value.</param>
    /// <returns>The mixed value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    // xxHash64's round and avalanche over lanes of four code units.
    private static ulong HashLong(ReadOnlySpan<char> shingle)
    {
        var acc = Seed + Prime5 + ((ulong)shingle.Length * 2);
        var i = 0;
        for (; i + 4 <= shingle.Length; i += 4)
        {
            var lane = shingle[i] | ((ulong)shingle[i + 1] << 16) | ((ulong)shingle[i + 2] << 32) | ((ulong)shingle[i + 3] << 48);
            acc ^= Round(lane);
            acc = (BitOperations.RotateLeft(acc, 27) * Prime1) + Prime4;
        }

        for (; i < shingle.Length; i++)
        {
            acc ^= shingle[i] * Prime5;
            acc = BitOperations.RotateLeft(acc, 11) * Prime1;
        }

        acc ^= acc >> 33;
        acc *= Prime2;
        acc ^= acc >> 29;
        acc *= Prime3;
        acc ^= acc >> 32;
        return acc;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong lane) => BitOperations.RotateLeft(lane * Prime2, 31) * Prime1;
}
