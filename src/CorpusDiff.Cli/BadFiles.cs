using CorpusDiff.Documents;

namespace CorpusDiff.Cli;

/// <summary>
/// Input files that could not be read: each is reported on standard error with its path and reason as it is met and
/// the run goes on (exit code 1 at the end), or, with <c>--fail-fast</c>, the first one stops the run.
/// </summary>
internal sealed class BadFiles(CliContext context, bool failFast)
{
    private readonly Lock gate = new();
    private int count;

    public void Add(string path, string reason)
    {
        var message = $"{InputWalk.Shown(path)}: {reason}";
        if (failFast)
        {
            throw new CliException(message + " (--fail-fast: stopped at the first bad file)");
        }

        lock (gate)
        {
            count++;
            context.Error.WriteLine($"corpusdiff: {message}; skipped.");
        }
    }

    /// <summary>Runs a reader; a file it cannot read is reported and yields <see langword="null"/>.</summary>
    public T? Read<T>(Func<T> read, string path)
        where T : class
    {
        try
        {
            return read();
        }
        catch (DocumentFormatException ex)
        {
            // The message names the file and the byte offset already.
            Add(path, ex.Message.StartsWith(path, StringComparison.Ordinal) ? ex.Message[path.Length..].TrimStart(':', ' ') : ex.Message);
        }
        catch (UnauthorizedAccessException)
        {
            Add(path, "permission denied");
        }
        catch (FileNotFoundException)
        {
            Add(path, new FileInfo(path).LinkTarget is { } target ? $"dangling link to {target}" : "the file disappeared");
        }
        catch (IOException ex)
        {
            Add(path, $"cannot read ({ex.Message})");
        }

        return null;
    }

    /// <summary>The exit code: 1 with a summary line when any file was bad.</summary>
    public ExitCode Finish()
    {
        if (count == 0)
        {
            return ExitCode.Ok;
        }

        context.Error.WriteLine($"corpusdiff: {count} file(s) could not be read (see above); the report covers the others.");
        return ExitCode.Failed;
    }
}
