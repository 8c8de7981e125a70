using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CorpusDiff.Similarity;

/// <summary>
/// The match bit masks of a pattern for the bit-parallel algorithms (Myers 1999, Hyyrö 2003, Allison–Dix): for every
/// distinct UTF-16 code unit of the pattern one row of <see cref="Words"/> 64-bit words with bit <c>i</c> set where the
/// pattern holds that character.
/// </summary>
/// <remarks>
/// Rows are dense (alphabet compression): a text character is looked up once per column, through a 256-entry table for
/// Latin-1 and a small open-addressing table for everything else, so CJK or Cyrillic patterns cost no more memory
/// than English ones and a 1,500-character pattern needs (distinct characters + 1) × 24 words, not 65,536 × 24.
/// Row 0 is all zeros and stands for every character the pattern does not contain. The view owns no memory: callers
/// provide it (stack, pool or a cached pattern's arrays), which is what keeps per-call comparisons allocation-free.
/// </remarks>
internal readonly ref struct PatternMasks : ISingleWordMasks
{
    private readonly ReadOnlySpan<ushort> latin;
    private readonly ReadOnlySpan<char> keys;
    private readonly ReadOnlySpan<int> rows;
    private readonly ReadOnlySpan<ulong> masks;
    private readonly int shift;

    /// <summary>Creates a view over built tables (see <see cref="PatternMasksBuilder"/>).</summary>
    public PatternMasks(ReadOnlySpan<char> pattern, ReadOnlySpan<ushort> latin, ReadOnlySpan<char> keys, ReadOnlySpan<int> rows, ReadOnlySpan<ulong> masks)
    {
        Pattern = pattern;
        Words = (pattern.Length + 63) >> 6;
        this.latin = latin;
        this.keys = keys;
        this.rows = rows;
        this.masks = masks;
        shift = keys.IsEmpty ? 0 : 32 - BitOperations.Log2((uint)keys.Length);
    }

    /// <summary>Gets the pattern the masks were built from (kernels such as Jaro compare its characters too).</summary>
    public ReadOnlySpan<char> Pattern { get; }

    /// <summary>Gets the pattern's length in UTF-16 code units.</summary>
    public int Length => Pattern.Length;

    /// <summary>Gets the number of 64-bit words per row.</summary>
    public int Words { get; }

    /// <summary>Gets the mask row of a character: row 0 (all zeros) when the pattern does not contain it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(char c)
    {
        if (c < 256)
        {
            return latin[c];
        }

        return keys.IsEmpty ? 0 : Probe(keys, rows, shift, c);
    }

    /// <summary>Gets the single-word mask of a character (patterns of at most 64 characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Single(char c) => masks[RowOf(c)];

    /// <summary>Gets all words of a character's mask row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<ulong> Row(char c) => masks.Slice(RowOf(c) * Words, Words);

    /// <summary>
    /// Gets a reference to the first word of a character's mask row, for kernels that read the row's
    /// <see cref="Words"/> words without a bounds check per word (the row always has that many).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref ulong RowStart(char c) => ref Unsafe.Add(ref MemoryMarshal.GetReference(masks), (nint)RowOf(c) * Words);

    /// <summary>Gets a reference to the first word of a row by its index (see <see cref="RowStart(char)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref ulong RowStartAt(int row) => ref Unsafe.Add(ref MemoryMarshal.GetReference(masks), (nint)row * Words);

    /// <summary>Gets the number of rows, including the all-zero row 0.</summary>
    public int RowCount => Words == 0 ? 1 : masks.Length / Words;

    /// <summary>Gets all words of a row by its index (see <see cref="RowOf"/>), for callers that test the index first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<ulong> RowAt(int row) => masks.Slice(row * Words, Words);

    /// <summary>Writes each row's number of set bits (how often its character occurs in the pattern) into <paramref name="counts"/>.</summary>
    public void CountRows(Span<int> counts)
    {
        for (var r = 0; r * Words < masks.Length; r++)
        {
            var count = 0;
            foreach (var word in masks.Slice(r * Words, Words))
            {
                count += BitOperations.PopCount(word);
            }

            counts[r] = count;
        }
    }

    /// <summary>Gets the home slot of a character in a table of <c>2^(32 - shift)</c> slots.</summary>
    /// <remarks>Fibonacci hashing: CJK text uses long runs of neighbouring code points, which an identity hash would pile up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Home(char c, int shift) => (int)((c * 0x9E3779B1u) >> shift);

    private static int Probe(ReadOnlySpan<char> keys, ReadOnlySpan<int> rows, int shift, char c)
    {
        var mask = keys.Length - 1;
        for (var i = Home(c, shift); ; i = (i + 1) & mask)
        {
            var key = keys[i];
            if (key == c)
            {
                return rows[i];
            }

            // The table only holds characters ≥ 256, so '\0' marks a free slot and ends the probe.
            if (key == '\0')
            {
                return 0;
            }
        }
    }
}
