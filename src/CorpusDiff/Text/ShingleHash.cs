using CorpusDiff.Dedup;

namespace CorpusDiff.Similarity;

/// <summary>
/// Turns k-shingles into stable 64-bit hashes. Shingles of up to four UTF-16 code units are packed into 64 bits
/// and passed through a bijective mixer, so distinct shingles never collide; longer shingles use xxHash64 (the same
/// in-house <see cref="XxHash64"/> deduplication uses, over the UTF-16 code units) with a fixed seed (collisions are
/// possible but have probability about 2⁻⁶⁴ per pair).
/// </summary>
internal static class ShingleHash
{
    /// <summary>The fixed seed: hashes are stable across processes and machines.</summary>
    public const ulong Seed = 0x2545F4914F6CDD1DUL;

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
                destination[i] = XxHash64.Mix(packed ^ Seed);
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            destination[i] = XxHash64.HashChars(text.Slice(i, k), Seed);
        }
    }
}
