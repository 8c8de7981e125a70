namespace CorpusDiff.Dedup;

/// <summary>A saved LSH index file is corrupt, truncated, foreign or of an unsupported version; nothing was loaded.</summary>
public sealed class LshIndexFormatException : FormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="file">The file (or stream name) that was read.</param>
    /// <param name="problem">What is wrong with it.</param>
    public LshIndexFormatException(string file, string problem)
        : base($"{file}: not a usable CorpusDiff LSH index: {problem}")
    {
        File = file;
        Problem = problem;
    }

    /// <summary>Initializes the exception.</summary>
    public LshIndexFormatException()
        : this("(unknown)", "unreadable")
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">The message.</param>
    public LshIndexFormatException(string message)
        : base(message)
    {
        File = "(unknown)";
        Problem = message;
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LshIndexFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
        Problem = message;
    }

    /// <summary>Gets the file (or stream name) that was read.</summary>
    public string File { get; }

    /// <summary>Gets what is wrong with the file.</summary>
    public string Problem { get; }
}
