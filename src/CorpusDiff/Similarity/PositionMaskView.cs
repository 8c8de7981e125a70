using System.Runtime.CompilerServices;

namespace CorpusDiff.Similarity;

/// <summary>
/// Bit masks of where each character occurs in a pattern, one row of <see cref="Words"/> 64-bit words per
/// character: rows 0–255 are indexed directly by Latin-1 characters, the rows after them form an open-addressing
/// table (keys in <see cref="Keys"/>) for every other UTF-16 code unit the pattern holds.
/// </summary>
internal readonly ref struct PositionMaskView
{
    /// <summary>Initializes a view over built rows and keys (see <see cref="PositionMasks.Build"/>).</summary>
    /// <param name="rows">The mask rows, <c>(256 + keys.Length) × words</c> long.</param>
    /// <param name="keys">The open-addressing keys for non-Latin-1 characters; −1 marks a free slot.</param>
    /// <param name="words">Words per row: <c>⌈pattern length / 64⌉</c>.</param>
    public PositionMaskView(ReadOnlySpan<ulong> rows, ReadOnlySpan<int> keys, int words)
    {
        Rows = rows;
        Keys = keys;
        Words = words;
    }

    /// <summary>Gets the mask rows.</summary>
    public ReadOnlySpan<ulong> Rows { get; }

    /// <summary>Gets the open-addressing keys; its length is a power of two or zero.</summary>
    public ReadOnlySpan<int> Keys { get; }

    /// <summary>Gets the number of 64-bit words per row.</summary>
    public int Words { get; }

    /// <summary>Gets the row of a character, or −1 when the pattern does not hold it.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The row index.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(char c)
    {
        if (c < 256)
        {
            return c;
        }

        var keys = Keys;
        if (keys.Length == 0)
        {
            return -1;
        }

        var mask = keys.Length - 1;
        var i = c & mask;
        while (true)
        {
            var key = keys[i];
            if (key == c)
            {
                return 256 + i;
            }

            if (key < 0)
            {
                return -1;
            }

            i = (i + 1) & mask;
        }
    }
}
