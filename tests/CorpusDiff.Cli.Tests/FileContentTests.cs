using System.Text;
using CorpusDiff.Documents;

namespace CorpusDiff.Cli.Tests;

/// <summary>The CLI's direct file read against the plain <see cref="FileStream"/> read it replaces.</summary>
public sealed class FileContentTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(100_000)]
    [InlineData((1 << 20) + 3)]
    [InlineData(3 << 20)]
    public void Read_FilesAroundEveryBufferSize_SameTextAsAStreamRead(int length)
    {
        // Seeded mixed text (ASCII, Cyrillic, CJK, emoji), cut to the length in bytes at a character boundary.
        var random = new Random(length);
        var pieces = new[] { "The ministry said ", "Министерство ", "国务院 ", "🙂 ", "3.5 billion yuan ", "\r\n" };
        var builder = new StringBuilder();
        for (var bytesSoFar = 0; bytesSoFar < length;)
        {
            var piece = pieces[random.Next(pieces.Length)];
            builder.Append(piece);
            bytesSoFar += Encoding.UTF8.GetByteCount(piece);
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        var cut = Math.Min(length, bytes.Length);
        while (cut > 0 && cut < bytes.Length && (bytes[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        var path = temp.WriteBytes($"f{length}.txt", bytes[..cut]);

        var read = FileContent.Read("id", path);

        using var stream = File.OpenRead(path);
        read.Should().Be(RawDocument.Read(stream, "id", path));
        read.Text.Length.Should().Be(Encoding.UTF8.GetString(bytes, 0, cut).Length);
    }

    [Fact]
    public void Read_Utf16WithMark_DecodedAsAStreamReadDecodesIt()
    {
        var path = temp.WriteBytes("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Xinhua — 新华社 reported.")]);

        FileContent.Read("u16.txt", path).Text.Should().Be("Xinhua — 新华社 reported.");
    }

    [Fact]
    public void Read_UndecodableBytes_ThrowsTheDecoderErrorWithTheOffset()
    {
        var path = temp.WriteBytes("bad.txt", [0x41, 0x42, 0xFF, 0x43]);

        var act = () => FileContent.Read("bad.txt", path);

        act.Should().Throw<DocumentFormatException>().WithMessage("*bad.txt*").Which.ByteOffset.Should().Be(2);
    }

    [Fact]
    public void Read_MissingFile_ThrowsWhatAStreamThrows()
    {
        var path = temp["missing.txt"];

        var act = () => FileContent.Read("missing.txt", path);

        act.Should().Throw<FileNotFoundException>().WithMessage("*missing.txt*");
    }

    [Fact]
    public void Read_Folder_ThrowsWhatAStreamThrows()
    {
        // open(2) accepts a folder and only the read fails: the reader falls back to the stream, whose error is the one users know.
        Directory.CreateDirectory(temp["folder.txt"]);
        var expected = Record.Exception(() => new FileStream(temp["folder.txt"], FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));

        var actual = Record.Exception(() => FileContent.Read("folder.txt", temp["folder.txt"]));

        expected.Should().NotBeNull();
        actual.Should().NotBeNull().And.BeOfType(expected!.GetType());
        actual!.Message.Should().Be(expected.Message);
    }
}
