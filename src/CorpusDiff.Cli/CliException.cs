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

    /// <summary>Gets the exit code: <see cref="Cli.ExitCode.Failed"/> for bad input, <see cref="Cli.ExitCode.Usage"/> for bad usage.</summary>
    public ExitCode ExitCode { get; private init; } = ExitCode.Failed;

    /// <summary>A usage error (exit code 2): the command line itself is wrong, whatever the files hold.</summary>
    public static CliException Usage(string message) => new(message) { ExitCode = ExitCode.Usage };
}
