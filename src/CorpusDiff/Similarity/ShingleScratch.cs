using System.Buffers;
using CorpusDiff.Text;

namespace CorpusDiff.Similarity;

/// <summary>
/// Builds a shingle profile in pooled buffers for a single comparison, so string-to-string calls do not allocate.
/// Dispose returns the buffers.
/// </summary>
internal ref struct ShingleScratch
{
    private char[]? chars;
    private ulong[]? hashes;
    private int[]? counts;

    /// <summary>Gets the profile; valid until <see cref="Dispose"/>.</summary>
    public ShingleView View { get; private set; }

    /// <summary>Builds the profile of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="k">The shingle length.</param>
    /// <returns>The scratch profile; dispose it.</returns>
    public static ShingleScratch Build(ReadOnlySpan<char> text, int k)
    {
        var scratch = default(ShingleScratch);
        if (text.Length == 0)
        {
            return scratch;
        }

        scratch.chars = ArrayPool<char>.Shared.Rent(text.Length);
        var length = Shingles.CollapseWhitespace(text, scratch.chars);
        var collapsed = scratch.chars.AsSpan(0, length);
        if (length < k)
        {
            scratch.View = new ShingleView(default, default, 0, 0, collapsed);
            return scratch;
        }

        var count = length - k + 1;
        scratch.hashes = ArrayPool<ulong>.Shared.Rent(count);
        scratch.counts = ArrayPool<int>.Shared.Rent(count);
        var hashSpan = scratch.hashes.AsSpan(0, count);
        var countSpan = scratch.counts.AsSpan(0, count);
        ShingleHash.HashAll(collapsed, k, hashSpan);
        var distinct = Shingles.SortAndCount(hashSpan, countSpan, out var sumOfSquares);
        scratch.View = new ShingleView(hashSpan[..distinct], countSpan[..distinct], count, sumOfSquares, default);
        return scratch;
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        View = default;
        if (chars is not null)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = null;
        }

        if (hashes is not null)
        {
            ArrayPool<ulong>.Shared.Return(hashes);
            hashes = null;
        }

        if (counts is not null)
        {
            ArrayPool<int>.Shared.Return(counts);
            counts = null;
        }
    }
}
