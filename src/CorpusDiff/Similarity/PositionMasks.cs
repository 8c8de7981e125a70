namespace CorpusDiff.Similarity;

/// <summary>Builds the per-character position masks of a pattern (the "PM" table of bit-parallel matchers).</summary>
internal static class PositionMasks
{
    /// <summary>Gets the number of 64-bit words a mask over <paramref name="length"/> positions needs.</summary>
    /// <param name="length">The pattern length.</param>
    /// <returns><c>⌈length / 64⌉</c>.</returns>
    public static int WordsFor(int length) => (length + 63) >> 6;

    /// <summary>
    /// Gets the open-addressing capacity for the pattern's non-Latin-1 characters: zero when it has none, otherwise a
    /// power of two at least twice their count so probes stay short.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The capacity.</returns>
    public static int ExtendedCapacity(ReadOnlySpan<char> pattern)
    {
        // Not IndexOfAnyExceptInRange: it allocated 96 B per call on .NET 10.0.12 (see PatternMasksBuilder.FirstAbove255).
        var first = PatternMasksBuilder.FirstAbove255(pattern);
        if (first < 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var c in pattern[first..])
        {
            if (c >= 256)
            {
                count++;
            }
        }

        var capacity = 2;
        while (capacity < 2 * count)
        {
            capacity <<= 1;
        }

        return capacity;
    }

    /// <summary>Fills the mask rows and keys for a pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="rows">Zeroed rows, <c>(256 + keys.Length) × words</c> long.</param>
    /// <param name="keys">Key slots, <see cref="ExtendedCapacity"/> long; filled with −1 here.</param>
    /// <param name="words">Words per row.</param>
    public static void Build(ReadOnlySpan<char> pattern, Span<ulong> rows, Span<int> keys, int words)
    {
        keys.Fill(-1);
        var mask = keys.Length - 1;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            int row;
            if (c < 256)
            {
                row = c;
            }
            else
            {
                var slot = c & mask;
                while (keys[slot] >= 0 && keys[slot] != c)
                {
                    slot = (slot + 1) & mask;
                }

                keys[slot] = c;
                row = 256 + slot;
            }

            rows[(row * words) + (i >> 6)] |= 1UL << (i & 63);
        }
    }
}
