using System.Buffers;
using CorpusDiff.Documents;
using CorpusDiff.Text;

namespace CorpusDiff.Dedup;

/// <summary>
/// Turns a document into its set of shingle hashes: each word k-shingle (or character k-gram) hashed once to 64 bits.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A word is hashed with <see cref="XxHash64"/> (seed 0) over its normalized form; word shingles are
/// <see cref="ShingleHash.Words"/> of those hashes, so the value is stable across machines.
/// A document shorter than k words yields one shingle of all its words, so short texts still compare.
/// </remarks>
internal sealed class Shingler
{
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

        return SortedSets.SortDistinct(result);
    }

    internal ulong[] ShingleWordHashes(ReadOnlySpan<ulong> words) => ShingleHash.Words(words, Size, wholeIfShort: true);
}
