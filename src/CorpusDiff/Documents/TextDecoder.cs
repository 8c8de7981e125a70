using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace CorpusDiff.Documents;

/// <summary>
/// Decodes file bytes: UTF-32 and UTF-16 (little or big endian) by byte-order mark; UTF-16 without a mark by its
/// pattern of NUL bytes (text in Latin script has a NUL in every other byte); otherwise strict UTF-8 with or without a
/// BOM. A NUL anywhere else marks a binary file, which is refused. Invalid input raises
/// <see cref="DocumentFormatException"/> naming the source and the offset of the first bad byte in the file (BOM
/// included), so a user can find it with a hex viewer.
/// </summary>
internal static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        // UTF-32 LE's mark begins with UTF-16 LE's, so it is tested first.
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return DecodeUtf32(bytes[4..], source, bigEndian: false);
        }

        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return DecodeUtf32(bytes[4..], source, bigEndian: true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes[2..], source, bigEndian: false, bias: 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes[2..], source, bigEndian: true, bias: 2);
        }

        if (Utf16WithoutMark(bytes) is { } bigEndian)
        {
            return DecodeUtf16(bytes, source, bigEndian, bias: 0);
        }

        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = bytes[bom..].IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DocumentFormatException(source, nul + bom, "NUL byte: this looks like a binary file, not text");
        }

        return DecodeUtf8(bytes[bom..], bom, source);
    }

    /// <summary>
    /// Recognises UTF-16 without a byte-order mark: in the first 4 KB, at least a quarter of the code units have a
    /// NUL high byte on one side and (almost) none on the other. Returns whether it is big endian, or
    /// <see langword="null"/> for anything else (UTF-8 text, and binary files, whose NULs fall on both sides).
    /// </summary>
    internal static bool? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        var units = sample.Length / 2;

        // Without a NUL byte neither side has any (the usual UTF-8 file): told by one vector search, not a count.
        if (units < 2 || !sample.Contains((byte)0))
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        if (oddNul * 4 >= units && evenNul * 50 <= units)
        {
            return false;
        }

        if (evenNul * 4 >= units && oddNul * 50 <= units)
        {
            return true;
        }

        return null;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int bias, string source)
    {
        // Valid text (the usual case) is decoded straight into its string: a buffer rented from the shared pool as long
        // as the file would stay in the pool for the rest of the process (256 MB for a 100 MB file).
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // Invalid text: decode up to the first bad byte, to name it. A UTF-8 text never needs more UTF-16 code units
        // than it has bytes.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                var what = read + 4 > bytes.Length && IsTruncatedSequence(bytes[read..])
                    ? "truncated UTF-8 sequence at the end of the file"
                    : $"invalid UTF-8 byte 0x{bytes[read]:X2}";
                throw new DocumentFormatException(source, read + bias, $"{what}; the file must be UTF-8 or UTF-16");
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool IsTruncatedSequence(ReadOnlySpan<byte> tail)
    {
        if (tail.IsEmpty)
        {
            return false;
        }

        var lead = tail[0];
        var needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
        if (needed == 0 || tail.Length >= needed)
        {
            return false;
        }

        foreach (var b in tail[1..])
        {
            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, string source, bool bigEndian, int bias)
    {
        var name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
        if (bytes.Length % 2 != 0)
        {
            throw new DocumentFormatException(source, bytes.Length - 1 + bias, $"odd number of bytes in {name} text");
        }

        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            var unit = bytes.Slice(2 * i, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
        }

        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                throw new DocumentFormatException(source, (2 * i) + bias, $"unpaired surrogate 0x{(int)chars[i]:X4} in {name} text");
            }
            else if (chars[i] == '\0')
            {
                throw new DocumentFormatException(source, (2 * i) + bias, $"NUL character in {name} text: this looks like a binary file, not text");
            }
        }

        return new string(chars);
    }

    private static string DecodeUtf32(ReadOnlySpan<byte> bytes, string source, bool bigEndian)
    {
        const int Bias = 4;
        var name = bigEndian ? "UTF-32 BE" : "UTF-32 LE";
        if (bytes.Length % 4 != 0)
        {
            throw new DocumentFormatException(source, bytes.Length - (bytes.Length % 4) + Bias, $"incomplete code point at the end of {name} text");
        }

        var builder = new StringBuilder(bytes.Length / 4);
        for (var i = 0; i < bytes.Length; i += 4)
        {
            var unit = bytes.Slice(i, 4);
            var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(unit) : BinaryPrimitives.ReadUInt32LittleEndian(unit);
            if (value == 0)
            {
                throw new DocumentFormatException(source, i + Bias, $"NUL character in {name} text: this looks like a binary file, not text");
            }

            if (value > 0x10FFFF || !Rune.IsValid((int)value))
            {
                throw new DocumentFormatException(source, i + Bias, $"invalid code point 0x{value:X} in {name} text");
            }

            builder.Append(new Rune((int)value).ToString());
        }

        return builder.ToString();
    }
}
