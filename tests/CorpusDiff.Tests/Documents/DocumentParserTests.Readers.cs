using System.Text;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

/// <summary>Reading files and streams: encodings, line breaks, errors.</summary>
public partial class DocumentParserTests
{
    private const string Sample = "Xi urges Shanghai to build a metropolis\r\nUpdated: December 5, 2023 21:46 Xinhua\r\n\r\nSHANGHAI, Dec. 5 -- Xi spoke. \u201CWe act,\u201D he said.\r\n";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void ParseFile_Encodings_DecodeToTheSameDocument(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Sample),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)],
        };
        var path = WriteTemp(bytes);
        try
        {
            var doc = DocumentParser.Default.ParseFile(path);

            doc.Text.Should().Be(Sample);
            doc.Id.Should().Be(Path.GetFileName(path));
            doc.Path.Should().Be(path);
            doc.Title.Should().Be("Xi urges Shanghai to build a metropolis");
            doc.Outlet.Should().Be("Xinhua");
            doc.Sentences.Select(s => s.Text).Should().Equal("Xi spoke.", "\u201CWe act,\u201D he said.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ParseFile_InvalidUtf8_ThrowsNamingFileAndByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("Good text \u00E9 here.\n").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" more")).ToArray();
        var offset = Encoding.UTF8.GetByteCount("Good text \u00E9 here.\n");
        var path = WriteTemp(bytes);
        try
        {
            var ex = FluentActions.Invoking(() => DocumentParser.Default.ParseFile(path)).Should().Throw<DocumentFormatException>().Which;

            ex.ByteOffset.Should().Be(offset);
            ex.Source.Should().Be(path);
            ex.Message.Should().Contain(path).And.Contain($"byte offset {offset}").And.Contain("0xC3");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ParseFile_EmptyFile_IsAValidEmptyDocument()
    {
        var path = WriteTemp([]);
        try
        {
            var doc = DocumentParser.Default.ParseFile(path);

            doc.Text.Should().BeEmpty();
            doc.Sentences.Should().BeEmpty();
            doc.Id.Should().Be(Path.GetFileName(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_Stream_ReadsToEndWithIdAndPath()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)]);

        var doc = DocumentParser.Default.Parse(stream, "wire", "in/wire.txt");

        doc.Id.Should().Be("wire");
        doc.Path.Should().Be("in/wire.txt");
        doc.Text.Should().Be(Sample);
        doc.Dateline!.Places.Should().Equal("SHANGHAI");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Parse_SeekableOrForwardOnlyStream_ReadsTheRestAsText(int position)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Sample)];
        using var seekable = new MemoryStream(bytes) { Position = position };
        using var forwardOnly = new ForwardOnlyStream(new MemoryStream(bytes) { Position = position });

        var fromSeekable = DocumentParser.Default.Parse(seekable, "wire");
        var fromForwardOnly = DocumentParser.Default.Parse(forwardOnly, "wire");

        fromSeekable.Text.Should().Be(Sample[position..]);
        fromForwardOnly.Text.Should().Be(Sample[position..]);
        fromSeekable.Tokens.Select(t => t.Text).Should().Equal(fromForwardOnly.Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Parse_StreamLongerThanItsLengthSaid_ReadsToTheEnd()
    {
        // A file that grows while it is read: the length known up front is short of what the stream gives.
        var text = string.Concat(Enumerable.Repeat("More text arrives. ", 50));
        using var stream = new UnderstatedStream(Encoding.UTF8.GetBytes(text), statedLength: 10);

        DocumentParser.Default.Parse(stream, "growing").Text.Should().Be(text);
    }

    [Fact]
    public void Parse_StreamWithInvalidUtf8_ThrowsNamingTheId()
    {
        using var stream = new MemoryStream([0x41, 0x42, 0xFF, 0x43]);

        var ex = FluentActions.Invoking(() => DocumentParser.Default.Parse(stream, "feed-item-7")).Should().Throw<DocumentFormatException>().Which;

        ex.Message.Should().Contain("feed-item-7").And.Contain("byte offset 2");
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16be")]
    public void RawDocumentFromBytes_SameAsReadingTheBytesAsAStream(string encoding)
    {
        byte[] bytes = encoding == "utf-8" ? Encoding.UTF8.GetBytes(Sample) : [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)];
        using var stream = new MemoryStream(bytes);

        var fromBytes = RawDocument.FromBytes(bytes, "wire", "in/wire.txt");

        fromBytes.Should().Be(RawDocument.Read(stream, "wire", "in/wire.txt"));
        fromBytes.Text.Should().Be(Sample);
        FluentActions.Invoking(() => RawDocument.FromBytes([0x41, 0xFF], "feed-item-8")).Should().Throw<DocumentFormatException>()
            .WithMessage("*feed-item-8*byte offset 1*");
    }

    [Fact]
    public void CorpusReadFile_UsesTheDefaultParser()
    {
        var path = WriteTemp(Encoding.UTF8.GetBytes(Sample));
        try
        {
            Corpus.ReadFile(path).Title.Should().Be("Xi urges Shanghai to build a metropolis");
            Corpus.Parse(Sample, "x").Outlet.Should().Be("Xinhua");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string WriteTemp(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpusdiff-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A stream that cannot seek, so the parser cannot know its length.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A seekable stream whose stated length is shorter than what it gives, as a file being appended to.</summary>
    private sealed class UnderstatedStream(byte[] bytes, long statedLength) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => statedLength;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, bytes.Length - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
