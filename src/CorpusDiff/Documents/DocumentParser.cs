using System.Buffers;

namespace CorpusDiff.Documents;

/// <summary>
/// Reads news files into <see cref="Document"/>s. Build one from <see cref="DocumentOptions"/> and reuse it:
/// a parser is immutable and thread-safe.
/// </summary>
public sealed partial class DocumentParser
{
    /// <summary>Seekable streams shorter than this are read into a pooled buffer; a longer one is copied as it comes.</summary>
    private const long MaxPooledRead = 1 << 20;

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
    public Document ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        return Build(TextDecoder.Decode(bytes, path), System.IO.Path.GetFileName(path), path);
    }

    /// <summary>Reads and parses a stream to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="id">The document's identifier, also used in error messages.</param>
    /// <param name="path">The path it came from, if any.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="DocumentFormatException">The stream is not valid UTF-8 or UTF-16 text.</exception>
    public Document Parse(Stream stream, string id, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(id);
        if (stream.CanSeek && stream.Length - stream.Position is var remaining and >= 0 and < MaxPooledRead)
        {
            // A file's length is known: read it into one pooled buffer (one byte more, to see that it ended) instead of
            // growing a memory stream and copying it out; every input of a deduplication run comes this way.
            var pooled = ArrayPool<byte>.Shared.Rent((int)remaining + 1);
            try
            {
                var read = stream.ReadAtLeast(pooled, pooled.Length, throwOnEndOfStream: false);
                if (read < pooled.Length)
                {
                    return Build(TextDecoder.Decode(pooled.AsSpan(0, read), path ?? id), id, path);
                }

                // The stream grew while it was read: keep what was read and take the rest as it comes.
                using var grown = new MemoryStream();
                grown.Write(pooled, 0, read);
                stream.CopyTo(grown);
                return Build(TextDecoder.Decode(grown.GetBuffer().AsSpan(0, (int)grown.Length), path ?? id), id, path);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Build(TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), path ?? id), id, path);
    }
}
