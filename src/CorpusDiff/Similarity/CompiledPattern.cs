namespace CorpusDiff.Similarity;

/// <summary>
/// A pattern's masks built once on the heap, for the cached one-against-many forms
/// (<see cref="CachedLevenshtein"/>, <see cref="CachedIndel"/>, …). Immutable after construction, so thread-safe.
/// </summary>
internal sealed class CompiledPattern
{
    private readonly ushort[] latin = new ushort[256];
    private readonly char[] keys;
    private readonly int[] rows;
    private readonly ulong[] masks;

    public CompiledPattern(string pattern)
    {
        Text = pattern;
        var slots = PatternMasksBuilder.SlotsFor(pattern);
        keys = new char[slots];
        rows = new int[slots];
        var rowCount = PatternMasksBuilder.Index(pattern, latin, keys, rows);
        masks = new ulong[rowCount * ((pattern.Length + 63) >> 6)];
        PatternMasksBuilder.Fill(pattern, View, masks);
    }

    /// <summary>Gets the pattern text.</summary>
    public string Text { get; }

    /// <summary>Gets the pattern's length.</summary>
    public int Length => Text.Length;

    /// <summary>Gets a view of the masks for the kernels.</summary>
    public PatternMasks View => new(Text, latin, keys, rows, masks);

    /// <summary>Gets whether the pattern contains a character.</summary>
    public bool Contains(char c) => View.RowOf(c) != 0;
}
