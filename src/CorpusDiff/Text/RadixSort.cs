using System.Buffers;

namespace CorpusDiff.Text;

/// <summary>
/// Least-significant-digit radix sorts (four passes of 8 bits) of 32-bit keys, for the few hundred hashes a document's
/// word vocabulary or shingle set holds: random hashes make a comparison sort mispredict about every other compare,
/// while a radix pass is branch-free. Short spans go to <see cref="MemoryExtensions.Sort{T}(Span{T})"/>.
/// </summary>
internal static class RadixSort
{
    /// <summary>Spans shorter than this are sorted by comparison: the four 256-entry histograms would cost more than they save.</summary>
    private const int MinLength = 64;

    /// <summary>Sorts 32-bit values in ascending order.</summary>
    /// <param name="values">The values, sorted in place.</param>
    public static void Sort(Span<uint> values) => Sort<uint, WholeKey>(values);

    /// <summary>
    /// Sorts 64-bit values by their high 32 bits, stably (values with equal high halves keep their order): the order of
    /// <see cref="MemoryExtensions.Sort{T}(Span{T})"/> when the high halves are distinct.
    /// </summary>
    /// <param name="values">The values, sorted in place.</param>
    public static void SortByHigh(Span<ulong> values) => Sort<ulong, HighKey>(values);

    /// <summary>Sorts by a 32-bit key, stably; the key is a type argument so each pass's read of it is inlined.</summary>
    private static void Sort<T, TKey>(Span<T> values)
        where T : unmanaged
        where TKey : IKey<T>
    {
        if (values.Length < MinLength)
        {
            values.Sort();
            return;
        }

        var rented = ArrayPool<T>.Shared.Rent(values.Length);
        try
        {
            Span<int> counts = stackalloc int[4 * 256];
            foreach (var v in values)
            {
                var key = TKey.Of(v);
                counts[(int)(key & 0xFF)]++;
                counts[256 + (int)((key >> 8) & 0xFF)]++;
                counts[512 + (int)((key >> 16) & 0xFF)]++;
                counts[768 + (int)(key >> 24)]++;
            }

            var from = values;
            var to = rented.AsSpan(0, values.Length);
            for (var pass = 0; pass < 4; pass++)
            {
                var shift = 8 * pass;
                var bucket = counts.Slice(256 * pass, 256);
                if (bucket[(int)((TKey.Of(from[0]) >> shift) & 0xFF)] == from.Length)
                {
                    // Every value has the same digit here: the pass would move nothing.
                    continue;
                }

                ToOffsets(bucket);
                foreach (var v in from)
                {
                    to[bucket[(int)((TKey.Of(v) >> shift) & 0xFF)]++] = v;
                }

                var swap = from;
                from = to;
                to = swap;
            }

            if (from != values)
            {
                from.CopyTo(values);
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    /// <summary>Turns a digit's counts into where its run starts.</summary>
    private static void ToOffsets(Span<int> bucket)
    {
        var sum = 0;
        for (var d = 0; d < bucket.Length; d++)
        {
            var c = bucket[d];
            bucket[d] = sum;
            sum += c;
        }
    }

    /// <summary>Reads the 32-bit key a value is sorted by.</summary>
    private interface IKey<T>
    {
        static abstract uint Of(T value);
    }

    /// <summary>A 32-bit value is its own key.</summary>
    private readonly struct WholeKey : IKey<uint>
    {
        public static uint Of(uint value) => value;
    }

    /// <summary>A 64-bit value's key is its high half.</summary>
    private readonly struct HighKey : IKey<ulong>
    {
        public static uint Of(ulong value) => (uint)(value >> 32);
    }
}
