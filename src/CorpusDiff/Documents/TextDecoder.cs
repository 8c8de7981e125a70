using System.Text;

namespace CorpusDiff.Documents;

/// <summary>Decodes file bytes: UTF-16 LE/BE by byte-order mark, otherwise strict UTF-8 (BOM optional).</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], 2, source, "UTF-16 LE");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], 2, source, "UTF-16 BE");
        }

        var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return DecodeStrict(StrictUtf8, bytes[skip..], skip, source, "UTF-8");
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, int bias, string source, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index + bias : FindInvalidUtf8(bytes) + bias;
            throw new DocumentFormatException(source, offset, $"invalid {name} byte sequence", ex);
        }
    }

    private static long FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }
}
