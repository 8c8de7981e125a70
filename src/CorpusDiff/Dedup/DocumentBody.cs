using System.Buffers;
using System.Text;
using CorpusDiff.Documents;
using CorpusDiff.Text;

namespace CorpusDiff.Dedup;

/// <summary>The comparable form of a document's cleaned body, which exact hashing and character shingles read.</summary>
internal static class DocumentBody
{
    /// <summary>Returns the body's sentences joined by spaces and normalized (NFKC, folded, lower case, one space between words).</summary>
    public static string Normalized(Document document) =>
        TextNormalizer.Normalize(string.Join(' ', document.Sentences.Select(s => s.Text)));

    /// <summary>
    /// Returns the exact-duplicate hash: <see cref="XxHash64"/> with seed 0 over the UTF-8 bytes of <see cref="Normalized"/>,
    /// and whether that form is empty. Re-wrapped lines, case and Unicode-form differences and removed boilerplate do
    /// not change it; punctuation does.
    /// </summary>
    /// <remarks>Every document is hashed, so the usual ASCII body is joined, folded and encoded in pooled buffers; no string is made.</remarks>
    public static (ulong Hash, bool Empty) ExactHash(Document document)
    {
        var sentences = document.Sentences;
        var text = document.Text;
        var length = Math.Max(0, sentences.Count - 1);
        foreach (var s in sentences)
        {
            length += s.End - s.Start;
        }

        var joined = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        byte[]? bytes = null;
        try
        {
            var at = 0;
            foreach (var s in sentences)
            {
                if (at > 0)
                {
                    joined[at++] = ' ';
                }

                text.AsSpan(s.Start, s.End - s.Start).CopyTo(joined.AsSpan(at));
                at += s.End - s.Start;
            }

            var body = joined.AsSpan(0, length);
            if (!Ascii.IsValid(body))
            {
                var normalized = TextNormalizer.Normalize(body);
                return (XxHash64.HashString(normalized), normalized.Length == 0);
            }

            // Folded ASCII stays ASCII: its UTF-8 bytes are its characters.
            var n = TextNormalizer.NormalizeAscii(body, folded);
            bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, n));
            var written = Encoding.UTF8.GetBytes(folded.AsSpan(0, n), bytes);
            return (XxHash64.Hash(bytes.AsSpan(0, written)), n == 0);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(joined);
            ArrayPool<char>.Shared.Return(folded);
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }
}
