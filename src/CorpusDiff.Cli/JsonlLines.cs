using System.Buffers;
using System.Text.Unicode;

namespace CorpusDiff.Cli;

/// <summary>
/// Splits a JSON-lines file into lines on its bytes and decodes each line on its own, so one bad byte costs one line
/// (reported with its true number and byte column) and never the lines after it, as a decoding stream reader would.
/// </summary>
internal static class JsonlLines
{
    public static IEnumerable<JsonlLine> Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream);
    }

    public static IEnumerable<JsonlLine> Read(Stream stream)
    {
        using (stream)
        {
            var chunk = new byte[1 << 16];
            var line = new ArrayBufferWriter<byte>(1 << 12);
            var number = 0;
            var first = true;
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                var start = 0;
                int newline;
                while ((newline = Array.IndexOf(chunk, (byte)'\n', start, read - start)) >= 0)
                {
                    line.Write(chunk.AsSpan(start, newline - start));
                    start = newline + 1;
                    yield return Decode(++number, line.WrittenSpan, first);
                    first = false;
                    line.ResetWrittenCount();
                }

                line.Write(chunk.AsSpan(start, read - start));
            }

            if (line.WrittenCount > 0)
            {
                yield return Decode(++number, line.WrittenSpan, first);
            }
        }
    }

    /// <summary>Decodes one line as strict UTF-8 (a BOM on the first line and a CR before the LF are dropped).</summary>
    public static JsonlLine Decode(int number, ReadOnlySpan<byte> bytes, bool first)
    {
        if (first && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (first && (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])))
        {
            return new JsonlLine(number, null, "the file is UTF-16; JSON lines must be UTF-8");
        }

        if (bytes.EndsWith((byte)'\r'))
        {
            bytes = bytes[..^1];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            return status == OperationStatus.Done
                ? new JsonlLine(number, new string(chars, 0, written), null)
                : new JsonlLine(number, null, FormattableString.Invariant($"not valid UTF-8: byte 0x{bytes[consumed]:X2} at byte {consumed + 1} of the line"));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
