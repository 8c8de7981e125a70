using System.Text;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

public class TextDecoderBinaryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf16WithoutBom_IsRecognisedByItsNuls(bool bigEndian)
    {
        var text = "Officials opened the flood barrier on Monday. Kosten: 310 Mio. €, Zürich.";
        var bytes = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes(text);

        TextDecoder.Decode(bytes, "f").Should().Be(text);
    }

    [Fact]
    public void Decode_NulByteInUtf8_IsRefusedWithItsOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("A plain start, then binary: ").Concat(new byte[] { 0x00, 0x89, 0x50, 0x4E }).ToArray();

        var act = () => TextDecoder.Decode(bytes, "data.bin");

        act.Should().Throw<DocumentFormatException>().Where(e => e.ByteOffset == 28 && e.Message.Contains("binary"));
    }

    [Fact]
    public void Decode_BinaryWithNulsOnBothSides_IsRefusedNotTakenForUtf16()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 3)
        {
            bytes[i] = 0;
        }

        var act = () => TextDecoder.Decode(bytes, "data.bin");

        act.Should().Throw<DocumentFormatException>();
    }

    [Fact]
    public void Decode_NulCharacterInUtf16WithBom_IsRefused()
    {
        var act = () => TextDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00], "f");

        act.Should().Throw<DocumentFormatException>().Where(e => e.ByteOffset == 4);
    }
}
