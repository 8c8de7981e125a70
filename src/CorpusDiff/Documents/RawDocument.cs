using System.Buffers;

namespace CorpusDiff.Documents;

/// <summary>
/// A document's decoded text before it is parsed: what a reader hands to
/// <see cref="Dedup.Deduplicator.DeduplicateTexts{TSource}"/>, which reads from it only what deduplication needs, and
/// what <see cref="DocumentParser.Parse(string, string, string?)"/> turns into a <see cref="Document"/>.
/// </summary>
/// <param name="Id">The document's identifier.</param>
/// <param name="Path">The path it came from, if any.</param>
/// <param name="Text">The original text.</param>
public sealed record RawDocument(string Id, string? Path, string Text)
{
    /// <summary>Seekable streams shorter than this are read into a pooled buffer; a longer one is copied as it comes.</summary>
    private const long MaxPooledRead = 1 << 20;

    /// <summary>Reads and decodes a file. Its id is the file name.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DocumentFormatException">The file is not valid UTF-8 or UTF-16 text; the message names the file and byte offset.</exception>
    public static RawDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromBytes(File.ReadAllBytes(path), System.IO.Path.GetFileName(path), path);
    }

    /// <summary>Reads and decodes a stream to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="id">The document's identifier, also used in error messages.</param>
    /// <param name="path">The path it came from, if any.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DocumentFormatException">The stream is not valid UTF-8 or UTF-16 text.</exception>
    public static RawDocument Read(Stream stream, string id, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(id);
        return new RawDocument(id, path, Decode(stream, path ?? id));
    }

    /// <summary>Decodes bytes already read (a reader with its own way to a file's bytes hands them here).</summary>
    /// <param name="bytes">The whole content.</param>
    /// <param name="id">The document's identifier, also used in error messages.</param>
    /// <param name="path">The path it came from, if any.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DocumentFormatException">The bytes are not valid UTF-8 or UTF-16 text.</exception>
    public static RawDocument FromBytes(ReadOnlySpan<byte> bytes, string id, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new RawDocument(id, path, TextDecoder.Decode(bytes, path ?? id));
    }

    private static string Decode(Stream stream, string source)
    {
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
                    return TextDecoder.Decode(pooled.AsSpan(0, read), source);
                }

                // The stream grew while it was read: keep what was read and take the rest as it comes.
                using var grown = new MemoryStream();
                grown.Write(pooled, 0, read);
                stream.CopyTo(grown);
                return TextDecoder.Decode(grown.GetBuffer().AsSpan(0, (int)grown.Length), source);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(pooled);
            }
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source);
    }
}
