namespace CorpusDiff.Cli;

/// <summary>The tool's exit codes (README, "Command-line verbs"): scripts branch on them, so their values never change.</summary>
internal enum ExitCode
{
    /// <summary>Everything asked for was done.</summary>
    Ok = 0,

    /// <summary>Bad input: a file, line or index could not be read (the rest may still have been processed).</summary>
    Failed = 1,

    /// <summary>Bad usage: the command line itself is wrong, whatever the files hold.</summary>
    Usage = 2,

    /// <summary>Stopped by Ctrl+C (128 + SIGINT); no report or index was changed.</summary>
    Interrupted = 130,
}
