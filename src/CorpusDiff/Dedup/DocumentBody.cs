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
        var spans = ArrayPool<TextSpan>.Shared.Rent(Math.Max(1, sentences.Count));
        try
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                spans[i] = new TextSpan(sentences[i].Start, sentences[i].End);
            }

            return ExactHash(document.Text, spans.AsSpan(0, sentences.Count));
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(spans);
        }
    }

    /// <summary>Returns <see cref="ExactHash(Document)"/> of a document whose sentences are these spans of <paramref name="text"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="sentences">Its sentences' spans, in order.</param>
    /// <returns>The hash, and whether the normalized body is empty.</returns>
    public static (ulong Hash, bool Empty) ExactHash(string text, ReadOnlySpan<TextSpan> sentences)
    {
        var length = Math.Max(0, sentences.Length - 1);
        var ascii = true;
        foreach (var s in sentences)
        {
            length += s.End - s.Start;
            ascii = ascii && Ascii.IsValid(text.AsSpan(s.Start, s.End - s.Start));
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        byte[]? bytes = null;
        try
        {
            if (!ascii)
            {
                var normalized = TextNormalizer.Normalize(Join(text, sentences, buffer.AsSpan(0, length)));
                return (XxHash64.HashString(normalized), normalized.Length == 0);
            }

            // Folding trims each sentence and collapses its whitespace, so folding the sentences one by one and putting
            // one space between those that keep any text gives the folded join, without writing the join first.
            var n = 0;
            foreach (var s in sentences)
            {
                var written = TextNormalizer.NormalizeAscii(text.AsSpan(s.Start, s.End - s.Start), buffer.AsSpan(n == 0 ? 0 : n + 1));
                if (written > 0)
                {
                    if (n > 0)
                    {
                        buffer[n] = ' ';
                        n++;
                    }

                    n += written;
                }
            }

            // Folded ASCII stays ASCII: its UTF-8 bytes are its characters.
            bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, n));
            var count = Encoding.UTF8.GetBytes(buffer.AsSpan(0, n), bytes);
            return (XxHash64.Hash(bytes.AsSpan(0, count)), n == 0);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    /// <summary>Writes the sentences joined by spaces into <paramref name="joined"/>, which is exactly long enough.</summary>
    private static ReadOnlySpan<char> Join(string text, ReadOnlySpan<TextSpan> sentences, Span<char> joined)
    {
        var at = 0;
        foreach (var s in sentences)
        {
            if (at > 0)
            {
                joined[at++] = ' ';
            }

            text.AsSpan(s.Start, s.End - s.Start).CopyTo(joined[at..]);
            at += s.End - s.Start;
        }

        return joined;
    }
}
