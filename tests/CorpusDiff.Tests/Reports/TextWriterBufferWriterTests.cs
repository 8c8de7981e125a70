using System.Text;
using System.Text.Json;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Reports;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Reports;

public class TextWriterBufferWriterTests
{
    // Text whose UTF-8 form mixes 1-, 2-, 3- and 4-byte characters, so that small chunks end inside characters.
    private static readonly string[] Pieces = ["a", "Z", " ", "é", "ß", "€", "中", "—", "“", "\U0001F600", "\n", "\"", "\\", "<"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(TextWriterBufferWriter.DefaultChunk)]
    public void Write_RandomTextInChunks_EqualsTheWholeBufferDecoded(int chunk)
    {
        var random = new Random(chunk);
        var values = Enumerable.Range(0, 200)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)])))
            .ToArray();
        void Body(Utf8JsonWriter json)
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReportJson.Indented))
        {
            Body(json);
        }

        var expected = Encoding.UTF8.GetString(buffer.ToArray());
        var text = new StringWriter();
        using (var output = new TextWriterBufferWriter(text, chunk))
        {
            using (var json = new Utf8JsonWriter(output, ReportJson.Indented))
            {
                Body(json);
            }

            output.Complete();
        }

        text.ToString().Should().Be(expected);
        JsonSerializer.Deserialize<string[]>(text.ToString()).Should().Equal(values);
    }

    [Fact]
    public void Write_ValueLongerThanTheChunk_IsWrittenWhole()
    {
        var value = string.Concat(Enumerable.Repeat("é中\U0001F600x", 5_000));
        var text = new StringWriter();
        using (var output = new TextWriterBufferWriter(text, 16))
        {
            using (var json = new Utf8JsonWriter(output, ReportJson.Compact))
            {
                json.WriteStringValue(value);
            }

            output.Complete();
        }

        JsonSerializer.Deserialize<string>(text.ToString()).Should().Be(value);
    }

    [Fact]
    public void WriteReport_StreamedComparison_EqualsTheBufferedJson()
    {
        var source = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, "wire-source.txt"));
        var targets = new[] { "rewrite-summary.txt", "rewrite-drift.txt" }
            .Select(f => DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, f)));
        var results = CorpusComparer.Default.Compare(source, targets);
        var text = new StringWriter();

        ComparisonJson.WriteReport(text, results);

        text.ToString().Should().Be(ComparisonJson.ToJson(results) + text.NewLine);
        text.ToString().Length.Should().BeGreaterThan(2 * TextWriterBufferWriter.DefaultChunk, "the report must span several chunks");
    }
}
