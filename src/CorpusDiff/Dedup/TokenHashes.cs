using System.Buffers;
using CorpusDiff.Documents;
using CorpusDiff.Language;
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

    /// <summary>Whether a number so far shows the continental style of digits (<see cref="English.ShowsContinentalDigits"/>).</summary>
    private bool continental;

    /// <summary>
    /// Number tokens whose single point groups only in a report of the continental style (<c>2.500</c>), with the hash of
    /// that reading: known only at the end, as the document model knows it once all tokens are read. Rare, so made lazily.
    /// </summary>
    private List<(int Index, ulong Hash)>? grouped;

    /// <summary>Gets the hashes so far, in token order.</summary>
    public readonly ReadOnlySpan<ulong> Hashes => hashes.AsSpan(0, count);

    /// <inheritdoc/>
    public void Add(string text, int start, int end, TokenKind kind)
    {
        // The hash first: a number's may note its own index (count) for Finish.
        var hash = kind == TokenKind.Number ? HashNumber(text.AsSpan(start, end - start)) : HashNormalized(text.AsSpan(start, end - start), [], scratch);
        hashes[count++] = hash;
    }

    /// <summary>
    /// Gives the number tokens the reading the document model gives them once the whole report is read (a single point
    /// before three digits groups when any number shows the continental style); call after the last token.
    /// </summary>
    public readonly void Finish()
    {
        if (continental && grouped is not null)
        {
            foreach (var (index, hash) in grouped)
            {
                hashes[index] = hash;
            }
        }
    }

    /// <summary>Hashes a number token written the English way, as the document model writes it (<see cref="English.EnglishDigits(string, bool)"/>).</summary>
    private ulong HashNumber(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[64];
        var n = token.Length <= buffer.Length ? TextNormalizer.NormalizeInto(token, buffer) : -1;

        // A number too long for the stack buffer (or that NFKC lengthens past it) is rare enough to take a string.
        var normalized = n >= 0 ? buffer[..n] : TextNormalizer.Normalize(token).ToCharArray();
        continental |= English.ShowsContinentalDigits(normalized);
        if (English.NeedsEnglishDigits(normalized, pointsGroup: true) != English.NeedsEnglishDigits(normalized, pointsGroup: false))
        {
            var alternative = normalized.Length <= 64 ? stackalloc char[normalized.Length] : new char[normalized.Length];
            English.EnglishDigits(normalized, pointsGroup: true, alternative);
            (grouped ??= []).Add((count, XxHash64.HashChars(alternative)));
        }

        English.EnglishDigits(normalized, pointsGroup: false, normalized);
        return XxHash64.HashChars(normalized);
    }

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
