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
    /// Returns the exact-duplicate hash: <see cref="XxHash64"/> with seed 0 over the UTF-8 bytes of <see cref="Normalized"/>.
    /// Re-wrapped lines, case and Unicode-form differences and removed boilerplate do not change it; punctuation does.
    /// </summary>
    public static ulong ExactHash(Document document) => XxHash64.HashString(Normalized(document));
}
