namespace CorpusDiff.Cli;

/// <summary>A user error: printed to stderr as one message, without a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CliException()
    {
    }
}
