using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CorpusDiff.Text;

/// <summary>The product of two counts (cosine's dot product).</summary>
internal readonly struct Product : ICountOperation
{
    /// <inheritdoc/>
    public static Vector512<ulong> Pair(Vector512<ulong> x, Vector512<ulong> y) => Avx512F.Multiply(x.AsUInt32(), y.AsUInt32());

    /// <inheritdoc/>
    public static Vector256<ulong> Pair(Vector256<ulong> x, Vector256<ulong> y) => Avx2.Multiply(x.AsUInt32(), y.AsUInt32());

    /// <inheritdoc/>
    public static long Scalar(int x, int y) => (long)x * y;
}
