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
    public static void Sort(Span<uint> values)
    {
        if (values.Length < MinLength)
        {
            values.Sort();
            return;
        }

        var rented = ArrayPool<uint>.Shared.Rent(values.Length);
        try
        {
            Span<int> counts = stackalloc int[4 * 256];
            foreach (var v in values)
            {
                counts[(int)(v & 0xFF)]++;
                counts[256 + (int)((v >> 8) & 0xFF)]++;
                counts[512 + (int)((v >> 16) & 0xFF)]++;
                counts[768 + (int)(v >> 24)]++;
            }

            var from = values;
            var to = rented.AsSpan(0, values.Length);
            for (var pass = 0; pass < 4; pass++)
            {
                var shift = 8 * pass;
                var bucket = counts.Slice(256 * pass, 256);
                if (bucket[(int)((from[0] >> shift) & 0xFF)] == from.Length)
                {
                    // Every value has the same digit here: the pass would move nothing.
                    continue;
                }

                ToOffsets(bucket);
                foreach (var v in from)
                {
                    to[bucket[(int)((v >> shift) & 0xFF)]++] = v;
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
            ArrayPool<uint>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Sorts 64-bit values by their high 32 bits, stably (values with equal high halves keep their order): the order of
    /// <see cref="MemoryExtensions.Sort{T}(Span{T})"/> when the high halves are distinct.
    /// </summary>
    /// <param name="values">The values, sorted in place.</param>
    public static void SortByHigh(Span<ulong> values)
    {
        if (values.Length < MinLength)
        {
            values.Sort();
            return;
        }

        var rented = ArrayPool<ulong>.Shared.Rent(values.Length);
        try
        {
            Span<int> counts = stackalloc int[4 * 256];
            foreach (var v in values)
            {
                counts[(int)((v >> 32) & 0xFF)]++;
                counts[256 + (int)((v >> 40) & 0xFF)]++;
                counts[512 + (int)((v >> 48) & 0xFF)]++;
                counts[768 + (int)(v >> 56)]++;
            }

            var from = values;
            var to = rented.AsSpan(0, values.Length);
            for (var pass = 0; pass < 4; pass++)
            {
                var shift = 32 + (8 * pass);
                var bucket = counts.Slice(256 * pass, 256);
                if (bucket[(int)((from[0] >> shift) & 0xFF)] == from.Length)
                {
                    continue;
                }

                ToOffsets(bucket);
                foreach (var v in from)
                {
                    to[bucket[(int)((v >> shift) & 0xFF)]++] = v;
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
            ArrayPool<ulong>.Shared.Return(rented);
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
}
