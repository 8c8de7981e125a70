using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CorpusDiff.Text;

/// <summary>The smaller of two counts (the shared part of the q-gram distance).</summary>
internal readonly struct Minimum : ICountOperation
{
    /// <inheritdoc/>
    public static Vector512<ulong> Pair(Vector512<ulong> x, Vector512<ulong> y) => Avx512F.Min(x.AsUInt32(), y.AsUInt32()).AsUInt64();

    /// <inheritdoc/>
    public static Vector256<ulong> Pair(Vector256<ulong> x, Vector256<ulong> y) => Avx2.Min(x.AsUInt32(), y.AsUInt32()).AsUInt64();

    /// <inheritdoc/>
    public static long Scalar(int x, int y) => Math.Min(x, y);
}
