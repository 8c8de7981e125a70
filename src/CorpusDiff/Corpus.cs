using CorpusDiff.Documents;

namespace CorpusDiff;

/// <summary>
/// The static entry point to CorpusDiff: one-line calls over the default pipelines. For repeated work with
/// non-default options, build a pipeline once (<see cref="DocumentParser"/>, …) and pass it in.
/// </summary>
public static partial class Corpus
{
    /// <summary>Parses a document from text with the given parser, or <see cref="DocumentParser.Default"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="id">The document's identifier.</param>
    /// <param name="parser">The parser to use; <see langword="null"/> for the default.</param>
    /// <returns>The parsed document.</returns>
    public static Document Parse(string text, string id = "document", DocumentParser? parser = null) =>
        (parser ?? DocumentParser.Default).Parse(text, id);

    /// <summary>Reads and parses a file with the given parser, or <see cref="DocumentParser.Default"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="parser">The parser to use; <see langword="null"/> for the default.</param>
    /// <returns>The parsed document.</returns>
    public static Document ReadFile(string path, DocumentParser? parser = null) =>
        (parser ?? DocumentParser.Default).ParseFile(path);
}
