using System.Text;

namespace CorpusDiff.Cli;

/// <summary>Standard output, or a file named by <c>--out</c> (UTF-8 without BOM).</summary>
internal sealed class OutputSink : IDisposable
{
    private readonly StreamWriter? file;

    private OutputSink(TextWriter writer, StreamWriter? file)
    {
        Writer = writer;
        this.file = file;
    }

    public TextWriter Writer { get; }

    public static OutputSink Open(string? path, CliContext context)
    {
        if (string.IsNullOrEmpty(path))
        {
            return new OutputSink(context.Out, null);
        }

        try
        {
            var stream = new StreamWriter(path, append: false, new UTF8Encoding(false));
            return new OutputSink(stream, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write the report: {ex.Message}", ex);
        }
    }

    public void Dispose() => file?.Dispose();
}
