using System.Buffers;
using CorpusDiff.Documents;

namespace CorpusDiff.Dedup;

/// <summary>
/// Turns a document into its set of shingle hashes: each word k-shingle (or character k-gram) hashed once to 64 bits.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A word is hashed with <see cref="XxHash64"/> (seed 0) over its normalized form; a word shingle's hash combines
/// its k word hashes in order and is finished with the SplitMix64 mixer, so the value is stable across machines.
/// A document shorter than k words yields one shingle of all its words, so short texts still compare.
/// </remarks>
public sealed class Shingler
{
    private const ulong CombinePrime = 0x9E3779B97F4A7C15UL;

    /// <summary>Initializes a new shingler.</summary>
    /// <param name="kind">Word or character shingles.</param>
    /// <param name="size">The shingle length k (1 to 32).</param>
    public Shingler(ShingleKind kind = ShingleKind.Word, int size = 5)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown shingle kind.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 32);
        Kind = kind;
        Size = size;
    }

    /// <summary>Gets what shingles are made of.</summary>
    public ShingleKind Kind { get; }

    /// <summary>Gets the shingle length k.</summary>
    public int Size { get; }

    /// <summary>Returns the sorted, distinct shingle hashes of a document's cleaned body.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Sorted distinct 64-bit shingle hashes.</returns>
    public ulong[] Shingle(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Kind == ShingleKind.Character)
        {
            return ShingleText(DocumentBody.Normalized(document));
        }

        var tokens = document.Tokens;
        var hashes = ArrayPool<ulong>.Shared.Rent(Math.Max(1, tokens.Count));
        try
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                hashes[i] = XxHash64.HashChars(tokens[i].Text);
            }

            return ShingleWordHashes(hashes.AsSpan(0, tokens.Count));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashes);
        }
    }

    /// <summary>Returns the sorted, distinct shingle hashes of a sequence of normalized words.</summary>
    /// <param name="words">Normalized words, in order.</param>
    /// <returns>Sorted distinct 64-bit shingle hashes.</returns>
    public ulong[] ShingleWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var hashes = new ulong[words.Count];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = XxHash64.HashChars(words[i]);
        }

        return Kind == ShingleKind.Word ? ShingleWordHashes(hashes) : ShingleText(string.Join(' ', words));
    }

    /// <summary>Returns the sorted, distinct character k-gram hashes of an already normalized text.</summary>
    /// <param name="normalized">Normalized text (see <see cref="TextNormalizer"/>).</param>
    /// <returns>Sorted distinct 64-bit shingle hashes.</returns>
    public ulong[] ShingleText(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length == 0)
        {
            return [];
        }

        var count = Math.Max(1, normalized.Length - Size + 1);
        var result = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = XxHash64.HashChars(normalized.AsSpan(i, Math.Min(Size, normalized.Length - i)));
        }

        return SortDistinct(result);
    }

    /// <summary>Returns the sorted, distinct word k-shingle hashes of a sequence of word hashes.</summary>
    /// <param name="words">Each word's <see cref="XxHash64.HashChars"/> hash, in order.</param>
    /// <returns>Sorted distinct 64-bit shingle hashes.</returns>
    internal ulong[] ShingleWordHashes(ReadOnlySpan<ulong> words)
    {
        if (words.Length == 0)
        {
            return [];
        }

        var k = Math.Min(Size, words.Length);
        var result = new ulong[words.Length - k + 1];
        for (var i = 0; i < result.Length; i++)
        {
            var h = (ulong)k;
            for (var j = 0; j < k; j++)
            {
                h = (h ^ words[i + j]) * CombinePrime;
                h = (h << 29) | (h >> 35);
            }

            result[i] = XxHash64.Mix(h);
        }

        return SortDistinct(result);
    }

    private static ulong[] SortDistinct(ulong[] values)
    {
        Array.Sort(values);
        var n = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (n == 0 || values[i] != values[n - 1])
            {
                values[n++] = values[i];
            }
        }

        return n == values.Length ? values : values[..n];
    }
}
