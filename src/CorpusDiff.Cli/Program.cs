namespace CorpusDiff.Cli;

/// <summary>The <c>corpusdiff</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool and returns its exit code.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>0 on success, 1 on a user or input error, 2 on a usage error, 130 when interrupted.</returns>
    public static int Main(string[] args)
    {
        using var interrupt = new CancellationTokenSource();

        // The first Ctrl-C asks the run to stop before it commits anything (reports and indexes are renamed into
        // place last); a second one ends the process at once, still removing the temporary files.
        Console.CancelKeyPress += (_, e) =>
        {
            try
            {
                if (!interrupt.IsCancellationRequested)
                {
                    e.Cancel = true;
                    interrupt.Cancel();
                    return;
                }
            }
            catch (ObjectDisposedException)
            {
                // The run is over; let the process end.
            }

            TempFiles.DeleteAll();
        };
        try
        {
            return CliApp.Run(args, Console.Out, Console.Error, !Console.IsErrorRedirected, interrupt.Token);
        }
        finally
        {
            TempFiles.DeleteAll();
        }
    }
}
