using System.Text;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

public class TextDecoderTests
{
    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsText()
    {
        TextDecoder.Decode(Encoding.UTF8.GetBytes("Shanghai\u2019s \u201Cfive centers\u201D 上海"), "f").Should().Be("Shanghai\u2019s \u201Cfive centers\u201D 上海");
    }

    [Fact]
    public void Decode_Utf8Bom_IsStripped()
    {
        TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0x41], "f").Should().Be("A");
    }

    [Fact]
    public void Decode_Utf16LeAndBe_ByBom()
    {
        TextDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x4E], "f").Should().Be("A\u4E0A");
        TextDecoder.Decode([0xFE, 0xFF, 0x00, 0x41, 0x4E, 0x0A], "f").Should().Be("A\u4E0A");
    }

    [Fact]
    public void Decode_Utf32Le_ByBom()
    {
        TextDecoder.Decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00], "f").Should().Be("A\U00020000");
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x42, 0x80 }, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xFF }, 4)]
    [InlineData(new byte[] { 0x41, 0xE4, 0xB8 }, 1)]
    [InlineData(new byte[] { 0xC0, 0xAF }, 0)]
    [InlineData(new byte[] { 0x41, 0xED, 0xA0, 0x80 }, 1)]
    public void Decode_InvalidUtf8_ReportsOffsetOfFirstBadByteInTheFile(byte[] bytes, long offset)
    {
        var ex = FluentActions.Invoking(() => TextDecoder.Decode(bytes, "news.txt")).Should().Throw<DocumentFormatException>().Which;

        ex.ByteOffset.Should().Be(offset);
        ex.Message.Should().StartWith($"news.txt: byte offset {offset}: ");
    }

    [Fact]
    public void Decode_InvalidUtf8DeepInALargeFile_ReportsTheExactOffset()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Shanghai \u4E0A\u6D77 text. ", 20_000))).ToList();
        var offset = bytes.Count - 7;
        bytes.Insert(offset, 0xFE);

        var ex = FluentActions.Invoking(() => TextDecoder.Decode(bytes.ToArray(), "big.txt")).Should().Throw<DocumentFormatException>().Which;

        ex.ByteOffset.Should().Be(offset);
    }

    [Fact]
    public void Decode_TruncatedSequenceAtEnd_SaysSo()
    {
        var ex = FluentActions.Invoking(() => TextDecoder.Decode([0x41, 0xE4, 0xB8], "f")).Should().Throw<DocumentFormatException>().Which;

        ex.Message.Should().Contain("truncated");
    }

    [Fact]
    public void Decode_Utf16UnpairedSurrogate_ReportsByteOffset()
    {
        var ex = FluentActions.Invoking(() => TextDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00], "f"))
            .Should().Throw<DocumentFormatException>().Which;

        ex.ByteOffset.Should().Be(4);
    }

    [Fact]
    public void Decode_Utf16OddLength_Throws()
    {
        FluentActions.Invoking(() => TextDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x42], "f"))
            .Should().Throw<DocumentFormatException>().Which.ByteOffset.Should().Be(4);
    }

    [Fact]
    public void Decode_Empty_IsEmptyText()
    {
        TextDecoder.Decode([], "f").Should().BeEmpty();
        TextDecoder.Decode([0xEF, 0xBB, 0xBF], "f").Should().BeEmpty();
    }
}
