namespace CorpusDiff.Documents;

/// <summary>
/// Reads news files into <see cref="Document"/>s. Build one from <see cref="DocumentOptions"/> and reuse it:
/// a parser is immutable and thread-safe.
/// </summary>
public sealed partial class DocumentParser
{
    /// <summary>Initializes a new parser.</summary>
    /// <param name="options">How to read files; validated here.</param>
    public DocumentParser(DocumentOptions options)
    {
        Options = Settings.Checked(options);
    }

    /// <summary>Gets a parser with <see cref="DocumentOptions.Default"/>.</summary>
    public static DocumentParser Default { get; } = new(DocumentOptions.Default);

    /// <summary>Gets the options this parser was built with.</summary>
    public DocumentOptions Options { get; }

    /// <summary>Parses a document from text.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="id">The document's identifier.</param>
    /// <param name="path">The path it came from, if any.</param>
    /// <returns>The parsed document.</returns>
    public Document Parse(string text, string id, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(id);
        return Build(text, id, path);
    }

    /// <summary>Reads and parses a file. Its id is the file name.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="DocumentFormatException">The file is not valid UTF-8 or UTF-16 text; the message names the file and byte offset.</exception>
    public Document ParseFile(string path) => Parse(RawDocument.ReadFile(path));

    /// <summary>Reads and parses a stream to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="id">The document's identifier, also used in error messages.</param>
    /// <param name="path">The path it came from, if any.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="DocumentFormatException">The stream is not valid UTF-8 or UTF-16 text.</exception>
    public Document Parse(Stream stream, string id, string? path = null) => Parse(RawDocument.Read(stream, id, path));

    /// <summary>Parses a decoded text.</summary>
    /// <param name="text">The text, with its id and path.</param>
    /// <returns>The parsed document.</returns>
    public Document Parse(RawDocument text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Build(text.Text, text.Id, text.Path);
    }
}
