using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusDiff.Similarity;

/// <summary>Builds <see cref="PatternMasks"/> tables into memory the caller provides, and runs a kernel over them.</summary>
internal static class PatternMasksBuilder
{
    // Larger tables come from ArrayPool: stack space is limited and a 1 MB thread stack must survive deep callers.
    private const int StackSlots = 256;
    private const int StackMaskWords = 512;

    /// <summary>Gets the size of the open-addressing table for a pattern's characters ≥ 256: 0 when there are none.</summary>
    /// <remarks>At most half full, so probes stay short; a power of two so the home slot is a shift.</remarks>
    public static int SlotsFor(ReadOnlySpan<char> pattern)
    {
        var first = FirstAbove255(pattern);
        if (first < 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var c in pattern[first..])
        {
            if (c > '\u00FF')
            {
                count++;
            }
        }

        return (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
    }

    /// <summary>Gets the index of the first character ≥ 256, or −1.</summary>
    /// <remarks>
    /// Hand-vectorised because <c>IndexOfAnyExceptInRange</c> allocated 96 bytes per call on .NET 10.0.12 (measured
    /// with <c>GC.GetAllocatedBytesForCurrentThread</c>), which would break the no-allocation promise.
    /// </remarks>
    public static int FirstAbove255(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var high = Vector128.Create((ushort)0xFF00);
            for (; i + 8 <= units.Length; i += 8)
            {
                if ((Vector128.Create(units.Slice(i, 8)) & high) != Vector128<ushort>.Zero)
                {
                    break;
                }
            }
        }

        for (; i < units.Length; i++)
        {
            if (units[i] > 0xFF)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Gives every distinct character of the pattern a row, Latin-1 characters first so their rows fit the 16-bit
    /// table; returns the number of rows including the all-zero row 0.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="latin">256 zeroed entries.</param>
    /// <param name="keys">Zeroed table of <see cref="SlotsFor"/> entries.</param>
    /// <param name="rows">Table of the same size as <paramref name="keys"/>.</param>
    public static int Index(ReadOnlySpan<char> pattern, Span<ushort> latin, Span<char> keys, Span<int> rows)
    {
        var next = 1;
        foreach (var c in pattern)
        {
            if (c < 256 && latin[c] == 0)
            {
                latin[c] = (ushort)next++;
            }
        }

        if (keys.IsEmpty)
        {
            return next;
        }

        var shift = 32 - BitOperations.Log2((uint)keys.Length);
        var mask = keys.Length - 1;
        foreach (var c in pattern)
        {
            if (c < 256)
            {
                continue;
            }

            for (var i = PatternMasks.Home(c, shift); ; i = (i + 1) & mask)
            {
                if (keys[i] == c)
                {
                    break;
                }

                if (keys[i] == '\0')
                {
                    keys[i] = c;
                    rows[i] = next++;
                    break;
                }
            }
        }

        return next;
    }

    /// <summary>Sets the pattern's bits in zeroed <paramref name="masks"/> of <c>rowCount × words</c> entries.</summary>
    public static void Fill(ReadOnlySpan<char> pattern, scoped in PatternMasks view, Span<ulong> masks)
    {
        var words = view.Words;
        for (var i = 0; i < pattern.Length; i++)
        {
            masks[(view.RowOf(pattern[i]) * words) + (i >> 6)] |= 1UL << i;
        }
    }

    /// <summary>
    /// Builds the pattern's masks on the stack (or in pooled arrays for long patterns) and runs a kernel over them:
    /// no heap allocation per call.
    /// </summary>
    /// <typeparam name="TKernel">The algorithm; a struct so the JIT specialises the call.</typeparam>
    public static int Run<TKernel>(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, int bound)
        where TKernel : struct, IPatternKernel
    {
        var kernel = default(TKernel);
        return Run(pattern, text, bound, ref kernel);
    }

    /// <summary>As <see cref="Run{TKernel}(ReadOnlySpan{char}, ReadOnlySpan{char}, int)"/>, with a kernel that keeps state (results beyond one integer).</summary>
    public static int Run<TKernel>(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, int bound, ref TKernel kernel)
        where TKernel : struct, IPatternKernel
    {
        Span<ushort> latin = stackalloc ushort[256];
        var slots = SlotsFor(pattern);
        char[]? rentedKeys = null;
        int[]? rentedRows = null;
        ulong[]? rentedMasks = null;
        try
        {
            Span<char> keys = slots <= StackSlots ? stackalloc char[slots] : Rent(ref rentedKeys, slots);
            Span<int> rows = slots <= StackSlots ? stackalloc int[slots] : Rent(ref rentedRows, slots);
            var rowCount = Index(pattern, latin, keys, rows);
            var words = (pattern.Length + 63) >> 6;
            var need = rowCount * words;
            Span<ulong> masks = need <= StackMaskWords ? stackalloc ulong[need] : Rent(ref rentedMasks, need);
            var view = new PatternMasks(pattern, latin, keys, rows, masks);
            Fill(pattern, view, masks);
            return kernel.Run(view, text, bound);
        }
        finally
        {
            Return(rentedKeys);
            Return(rentedRows);
            Return(rentedMasks);
        }
    }

    /// <summary>Rents a zeroed span of exactly <paramref name="length"/> entries.</summary>
    public static Span<T> Rent<T>(ref T[]? rented, int length)
    {
        rented = ArrayPool<T>.Shared.Rent(length);
        var span = rented.AsSpan(0, length);
        span.Clear();
        return span;
    }

    /// <summary>Returns a rented array, if any.</summary>
    public static void Return<T>(T[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }
}
