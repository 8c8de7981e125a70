using System.Text;
using System.Text.Json;

namespace CorpusDiff.Cli;

/// <summary>Writes one JSON document built with a <see cref="Utf8JsonWriter"/> to a text writer, followed by a line break.</summary>
internal static class JsonOutput
{
    public static void WriteLine(TextWriter writer, JsonWriterOptions options, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            body(json);
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
