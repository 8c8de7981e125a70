using System.Buffers;
using System.Text;

namespace CorpusDiff.Reports;

/// <summary>
/// Lets a <see cref="System.Text.Json.Utf8JsonWriter"/> stream its UTF-8 output into a <see cref="TextWriter"/> one
/// chunk at a time. The writer hands over each filled chunk (<see cref="Advance"/>) whenever it needs more room, so a
/// report is never held whole in memory: a <c>compare</c> of a 100 MB source writes a JSON report of about 180 MB,
/// which a buffer, its doublings and its decoded string held at roughly 3.5 times that at the end of the run.
/// </summary>
internal sealed class TextWriterBufferWriter : IBufferWriter<byte>, IDisposable
{
    /// <summary>The default chunk size: large enough that per-chunk costs vanish, small enough for the shared array pool.</summary>
    internal const int DefaultChunk = 16 * 1024;

    private readonly TextWriter writer;

    // A chunk may end inside a multi-byte character; the decoder carries the partial bytes over to the next one.
    private readonly Decoder decoder = new UTF8Encoding(false, throwOnInvalidBytes: false).GetDecoder();
    private byte[] bytes;
    private char[] chars;

    /// <summary>Initializes a buffer writer over a text writer.</summary>
    /// <param name="writer">Where the decoded text goes.</param>
    /// <param name="chunk">The chunk size in bytes (tests use tiny chunks to split characters).</param>
    public TextWriterBufferWriter(TextWriter writer, int chunk = DefaultChunk)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunk, 1);
        this.writer = writer;
        bytes = ArrayPool<byte>.Shared.Rent(chunk);
        chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
    }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, bytes.Length);
        Decode(count, flush: false);
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return bytes;
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return bytes;
    }

    /// <summary>Writes out what the decoder still holds (an incomplete character at the very end becomes U+FFFD, as a whole-buffer decode would).</summary>
    public void Complete() => Decode(0, flush: true);

    /// <summary>Returns the chunk buffers to the shared pool.</summary>
    public void Dispose()
    {
        ReturnBuffers();
        bytes = [];
        chars = [];
    }

    private void ReturnBuffers()
    {
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Ensure(int sizeHint)
    {
        if (sizeHint > bytes.Length)
        {
            ReturnBuffers();
            bytes = ArrayPool<byte>.Shared.Rent(sizeHint);
            chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        }
    }

    private void Decode(int count, bool flush)
    {
        // UTF-8 never yields more chars than bytes, plus one for bytes carried over from the previous chunk.
        var written = decoder.GetChars(bytes.AsSpan(0, count), chars, flush);
        writer.Write(chars, 0, written);
    }
}
