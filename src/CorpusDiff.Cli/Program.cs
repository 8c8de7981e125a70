namespace CorpusDiff.Cli;

/// <summary>The <c>corpusdiff</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool and returns its exit code.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>0 on success, 1 on a user or input error, 2 on a usage error.</returns>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error, !Console.IsErrorRedirected);
}
