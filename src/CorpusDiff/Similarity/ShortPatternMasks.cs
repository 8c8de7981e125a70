using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusDiff.Similarity;

/// <summary>
/// Match masks of a pattern of at most 16 characters computed on the fly with two SIMD comparisons, instead of a
/// lookup table: for word-sized strings, building and clearing a table costs more than the whole comparison.
/// </summary>
internal readonly struct ShortPatternMasks : ISingleWordMasks
{
    /// <summary>The longest pattern this form holds.</summary>
    public const int MaxLength = 16;

    private readonly Vector128<ushort> low;
    private readonly Vector128<ushort> high;
    private readonly ulong used;

    /// <summary>Loads a pattern of at most <see cref="MaxLength"/> characters.</summary>
    public ShortPatternMasks(ReadOnlySpan<char> pattern)
    {
        var buffer = default(ShortPatternBuffer);
        Span<ushort> padded = buffer;
        MemoryMarshal.Cast<char, ushort>(pattern).CopyTo(padded);
        low = Vector128.Create((ReadOnlySpan<ushort>)padded[..8]);
        high = Vector128.Create((ReadOnlySpan<ushort>)padded[8..]);

        // Padding lanes hold '\0' and would match a NUL in the text; they are masked off.
        used = (1UL << pattern.Length) - 1;
    }

    /// <summary>Gets whether the hardware compares eight UTF-16 units at once (otherwise the table form is used).</summary>
    public static bool IsSupported => Vector128.IsHardwareAccelerated;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Single(char c)
    {
        var broadcast = Vector128.Create((ushort)c);
        var bits = Vector128.Equals(low, broadcast).ExtractMostSignificantBits()
            | (Vector128.Equals(high, broadcast).ExtractMostSignificantBits() << 8);
        return bits & used;
    }
}
