using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CorpusDiff.Text;

/// <summary>
/// Merges two ascending arrays of distinct 64-bit hashes (with counts). With AVX-512 (eight lanes) or AVX2 (four),
/// blocks of hashes from each side are compared all-against-all (the block method of Schlegel et al. and Lemire et
/// al.): the second block is compared in every rotation, and the side whose block ends lower moves on. The scalar path is branch-free, since
/// random hashes make every comparison a coin toss for the branch predictor.
/// </summary>
internal static class SortedMerge
{
    private const byte Rotate1 = 0b00_11_10_01;
    private const byte Rotate2 = 0b01_00_11_10;
    private const byte Rotate3 = 0b10_01_00_11;

    /// <summary>Gets how many hashes the arrays share.</summary>
    /// <param name="a">The first array.</param>
    /// <param name="b">The second array.</param>
    /// <returns>|A ∩ B|.</returns>
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        nint i = 0, j = 0, n = a.Length, m = b.Length;
        var inter = 0;
        if (Avx512F.IsSupported)
        {
            while (i + 8 <= n && j + 8 <= m)
            {
                var va = Vector512.LoadUnsafe(ref ra, (nuint)i);
                var vb = Vector512.LoadUnsafe(ref rb, (nuint)j);
                var any = (Vector512.Equals(va, vb) | Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 1)))
                    | (Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 2)) | Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 3)))
                    | (Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 4)) | Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 5)))
                    | (Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 6)) | Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 7)));
                inter += System.Numerics.BitOperations.PopCount(any.ExtractMostSignificantBits());
                Advance(ref ra, ref rb, ref i, ref j, 8);
            }
        }

        if (Avx2.IsSupported)
        {
            while (i + 4 <= n && j + 4 <= m)
            {
                var va = Vector256.LoadUnsafe(ref ra, (nuint)i);
                var vb = Vector256.LoadUnsafe(ref rb, (nuint)j);
                var any = Vector256.Equals(va, vb) | Vector256.Equals(va, Avx2.Permute4x64(vb, Rotate1))
                    | Vector256.Equals(va, Avx2.Permute4x64(vb, Rotate2)) | Vector256.Equals(va, Avx2.Permute4x64(vb, Rotate3));
                inter += System.Numerics.BitOperations.PopCount(any.ExtractMostSignificantBits());
                Advance(ref ra, ref rb, ref i, ref j, 4);
            }
        }

        while (i < n && j < m)
        {
            var x = Unsafe.Add(ref ra, i);
            var y = Unsafe.Add(ref rb, j);
            var le = Bit(x <= y);
            var ge = Bit(y <= x);
            inter += le & ge;
            i += le;
            j += ge;
        }

        return inter;
    }

    /// <summary>Gets Σ countA(h) · countB(h) over shared hashes.</summary>
    /// <param name="a">The first array.</param>
    /// <param name="ca">The first counts.</param>
    /// <param name="b">The second array.</param>
    /// <param name="cb">The second counts.</param>
    /// <returns>The dot product.</returns>
    public static long DotProduct(ReadOnlySpan<ulong> a, ReadOnlySpan<int> ca, ReadOnlySpan<ulong> b, ReadOnlySpan<int> cb) =>
        Combine<Product>(a, ca, b, cb);

    /// <summary>Gets Σ min(countA(h), countB(h)) over shared hashes.</summary>
    /// <param name="a">The first array.</param>
    /// <param name="ca">The first counts.</param>
    /// <param name="b">The second array.</param>
    /// <param name="cb">The second counts.</param>
    /// <returns>The sum of minima.</returns>
    public static long MinSum(ReadOnlySpan<ulong> a, ReadOnlySpan<int> ca, ReadOnlySpan<ulong> b, ReadOnlySpan<int> cb) =>
        Combine<Minimum>(a, ca, b, cb);

    // TOp is a struct so the JIT compiles one specialized loop per operation.
    private static long Combine<TOp>(ReadOnlySpan<ulong> a, ReadOnlySpan<int> ca, ReadOnlySpan<ulong> b, ReadOnlySpan<int> cb)
        where TOp : struct, ICountOperation
    {
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        ref var rca = ref MemoryMarshal.GetReference(ca);
        ref var rcb = ref MemoryMarshal.GetReference(cb);
        nint i = 0, j = 0, n = a.Length, m = b.Length;
        long total = 0;
        if (Avx512F.IsSupported)
        {
            var sum = Vector512<ulong>.Zero;
            while (i + 8 <= n && j + 8 <= m)
            {
                var va = Vector512.LoadUnsafe(ref ra, (nuint)i);
                var vb = Vector512.LoadUnsafe(ref rb, (nuint)j);
                var xa = Avx512F.ConvertToVector512Int64(Vector256.LoadUnsafe(ref rca, (nuint)i)).AsUInt64();
                var xb = Avx512F.ConvertToVector512Int64(Vector256.LoadUnsafe(ref rcb, (nuint)j)).AsUInt64();
                sum += Vector512.Equals(va, vb) & TOp.Pair(xa, xb);
                sum += Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 1)) & TOp.Pair(xa, Avx512F.AlignRight64(xb, xb, 1));
                sum += Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 2)) & TOp.Pair(xa, Avx512F.AlignRight64(xb, xb, 2));
                sum += Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 3)) & TOp.Pair(xa, Avx512F.AlignRight64(xb, xb, 3));
                sum += Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 4)) & TOp.Pair(xa, Avx512F.AlignRight64(xb, xb, 4));
                sum += Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 5)) & TOp.Pair(xa, Avx512F.AlignRight64(xb, xb, 5));
                sum += Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 6)) & TOp.Pair(xa, Avx512F.AlignRight64(xb, xb, 6));
                sum += Vector512.Equals(va, Avx512F.AlignRight64(vb, vb, 7)) & TOp.Pair(xa, Avx512F.AlignRight64(xb, xb, 7));

                Advance(ref ra, ref rb, ref i, ref j, 8);
            }

            total = (long)Vector512.Sum(sum);
        }

        if (Avx2.IsSupported)
        {
            var sum = Vector256<ulong>.Zero;
            while (i + 4 <= n && j + 4 <= m)
            {
                var va = Vector256.LoadUnsafe(ref ra, (nuint)i);
                var vb = Vector256.LoadUnsafe(ref rb, (nuint)j);

                // Counts widened to 64-bit lanes (upper halves zero), rotated like the hashes.
                var xa = Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref rca, (nuint)i)).AsUInt64();
                var xb = Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref rcb, (nuint)j)).AsUInt64();
                sum += Vector256.Equals(va, vb) & TOp.Pair(xa, xb);
                sum += Vector256.Equals(va, Avx2.Permute4x64(vb, Rotate1)) & TOp.Pair(xa, Avx2.Permute4x64(xb, Rotate1));
                sum += Vector256.Equals(va, Avx2.Permute4x64(vb, Rotate2)) & TOp.Pair(xa, Avx2.Permute4x64(xb, Rotate2));
                sum += Vector256.Equals(va, Avx2.Permute4x64(vb, Rotate3)) & TOp.Pair(xa, Avx2.Permute4x64(xb, Rotate3));
                Advance(ref ra, ref rb, ref i, ref j, 4);
            }

            total += (long)Vector256.Sum(sum);
        }

        while (i < n && j < m)
        {
            var x = Unsafe.Add(ref ra, i);
            var y = Unsafe.Add(ref rb, j);
            if (x == y)
            {
                var p = Unsafe.Add(ref rca, i);
                var q = Unsafe.Add(ref rcb, j);
                total += TOp.Scalar(p, q);
            }

            i += Bit(x <= y);
            j += Bit(y <= x);
        }

        return total;
    }

    // The block that ends lower cannot meet anything further on the other side; equal ends move both.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Advance(ref ulong ra, ref ulong rb, ref nint i, ref nint j, int width)
    {
        var lastA = Unsafe.Add(ref ra, i + width - 1);
        var lastB = Unsafe.Add(ref rb, j + width - 1);
        i += width * Bit(lastA <= lastB);
        j += width * Bit(lastB <= lastA);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(bool value) => Unsafe.BitCast<bool, byte>(value);
}
