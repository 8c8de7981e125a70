using System.Buffers;
using CorpusDiff.Documents;
using CorpusDiff.Text;

namespace CorpusDiff.Dedup;

/// <summary>
/// The token sink of deduplication's own reading: each token's text is normalized into a scratch buffer and hashed as
/// <see cref="XxHash64.HashChars(ReadOnlySpan{char}, ulong)"/> of the string the document model would have made, so the
/// hashes are those of <see cref="Document.Tokens"/> without a token or string made.
/// </summary>
/// <param name="hashes">Receives the hashes; long enough for every token (one character each at least).</param>
/// <param name="scratch">Where a token is normalized before it is hashed; a longer token rents its own.</param>
internal struct TokenHashes(ulong[] hashes, char[] scratch) : ITokenSink
{
    private int count;

    /// <summary>Gets the hashes so far, in token order.</summary>
    public readonly ReadOnlySpan<ulong> Hashes => hashes.AsSpan(0, count);

    /// <inheritdoc/>
    public void Add(string text, int start, int end, TokenKind kind) => hashes[count++] = HashNormalized(text.AsSpan(start, end - start), [], scratch);

    /// <inheritdoc/>
    public void AddVerbatim(string text, int start, int end, TokenKind kind) => hashes[count++] = XxHash64.HashChars(text.AsSpan(start, end - start));

    /// <inheritdoc/>
    public void AddJoined(string text, int start, int wordEnd, int cliticStart, int end) =>
        hashes[count++] = HashNormalized(text.AsSpan(start, wordEnd - start), text.AsSpan(cliticStart, end - cliticStart), scratch);

    /// <summary>Hashes the normalized <paramref name="first"/> followed by the normalized <paramref name="second"/>.</summary>
    private static ulong HashNormalized(ReadOnlySpan<char> first, ReadOnlySpan<char> second, char[] scratch)
    {
        var length = first.Length + second.Length;
        var rented = length <= scratch.Length ? null : ArrayPool<char>.Shared.Rent(length);
        var buffer = (rented ?? scratch).AsSpan();
        try
        {
            var n = TextNormalizer.NormalizeInto(first, buffer);
            var m = n < 0 ? -1 : TextNormalizer.NormalizeInto(second, buffer[n..]);
            if (m < 0)
            {
                // NFKC lengthened the text past the buffer (a ligature, a fraction): the rare case takes strings.
                return XxHash64.HashChars(TextNormalizer.Normalize(first) + TextNormalizer.Normalize(second));
            }

            return XxHash64.HashChars(buffer[..(n + m)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
