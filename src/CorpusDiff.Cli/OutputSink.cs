using System.Text;

namespace CorpusDiff.Cli;

/// <summary>
/// Standard output, or a file named by <c>--out</c> (UTF-8 without BOM) written atomically: the report goes to a
/// temporary file beside the target and replaces it only on <see cref="Commit"/>, so a failed, killed or interrupted
/// run never leaves a partial or truncated report.
/// </summary>
internal sealed class OutputSink : IDisposable
{
    private readonly StreamWriter? file;
    private readonly string? path;
    private readonly string? temp;
    private bool committed;

    private OutputSink(TextWriter writer, StreamWriter? file, string? path, string? temp)
    {
        Writer = writer;
        this.file = file;
        this.path = path;
        this.temp = temp;
    }

    public TextWriter Writer { get; }

    /// <summary>
    /// Refuses, before anything is opened for writing, an <c>--out</c> that is a folder or the same file as an input
    /// (same path once links are resolved, or same device and inode): usage errors, exit code 2.
    /// </summary>
    public static void Check(string? path, IEnumerable<string> inputs, string option = "--out") =>
        Check(path, target => inputs.FirstOrDefault(input => FileIdentity.Of(input) == target), option);

    /// <summary>
    /// As <see cref="Check(string?, IEnumerable{string}, string)"/>, where <paramref name="inputAt"/> names the input
    /// with a given identity, if any: a folder walk already knows each file's identity, so no input is stat-ed again.
    /// </summary>
    public static void Check(string? path, Func<FileIdentity, string?> inputAt, string option = "--out")
    {
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        if (Directory.Exists(path))
        {
            throw CliException.Usage($"{option} {path}: is a folder; give a file name.");
        }

        if (FileIdentity.Of(path) is { } target && inputAt(target) is { } input)
        {
            throw CliException.Usage($"{option} {path}: is the same file as the input {input}; writing it would destroy the input. Choose another file.");
        }
    }

    public static OutputSink Open(string? path, CliContext context)
    {
        if (string.IsNullOrEmpty(path))
        {
            return new OutputSink(context.Out, null, null, null);
        }

        if (Directory.Exists(path))
        {
            throw CliException.Usage($"--out {path}: is a folder; give a file name.");
        }

        var temp = TempFiles.NewPathBeside(path);
        try
        {
            var stream = new StreamWriter(new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), new UTF8Encoding(false));
            return new OutputSink(stream, stream, path, temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TempFiles.Delete(temp);
            throw new CliException($"{path}: cannot write the report: {ex.Message}", ex);
        }
    }

    /// <summary>Finishes the report: flushes it and moves the temporary file into place (a no-op on standard output).</summary>
    public void Commit()
    {
        if (file is null || committed)
        {
            Writer.Flush();
            return;
        }

        try
        {
            file.Flush();
            file.BaseStream.Flush();
            file.Dispose();
            File.Move(temp!, path!, overwrite: true);
            committed = true;
            TempFiles.Forget(temp!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write the report: {ex.Message}", ex);
        }
    }

    public void Dispose()
    {
        if (file is not null && !committed)
        {
            file.Dispose();
            TempFiles.Delete(temp!);
        }
    }
}
