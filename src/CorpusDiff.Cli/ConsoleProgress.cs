using System.Diagnostics;

namespace CorpusDiff.Cli;

/// <summary>
/// The one progress reporter of every verb, on standard error. Nothing for the first second (short runs stay quiet);
/// then, on a terminal, one line redrawn at most ten times a second; in a log (a file or a pipe), a line every ten
/// seconds. <see cref="Finish"/> ends the terminal line, or writes a closing line in a log. Reports arrive from
/// worker threads, so writes are serialised.
/// </summary>
internal sealed class ConsoleProgress(CliContext context, string action, int total) : IProgress<int>
{
    private const long QuietMilliseconds = 1000;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private long lastDraw = long.MinValue / 2;
    private int done;
    private bool drawn;

    public void Report(int value)
    {
        var now = clock.ElapsedMilliseconds;
        var every = context.ErrorIsTerminal ? 100 : 10_000;
        if (now < QuietMilliseconds || now - Volatile.Read(ref lastDraw) < every)
        {
            done = Math.Max(done, value);
            return;
        }

        lock (gate)
        {
            done = Math.Max(done, value);
            if (now - lastDraw < every)
            {
                return;
            }

            lastDraw = now;
            drawn = true;
            var line = Line();
            if (context.ErrorIsTerminal)
            {
                context.Error.Write($"\r{line}");
            }
            else
            {
                context.Error.WriteLine(line);
            }
        }
    }

    /// <summary>Advances by one (for loops that count themselves).</summary>
    public void Step() => Report(Interlocked.Increment(ref done));

    public void Finish()
    {
        lock (gate)
        {
            if (context.ErrorIsTerminal)
            {
                if (drawn)
                {
                    context.Error.WriteLine($"\r{Line()}");
                }
            }
            else
            {
                context.Error.WriteLine(FormattableString.Invariant($"{Line()} in {clock.Elapsed.TotalSeconds:F1} s"));
            }
        }
    }

    private string Line()
    {
        var rate = done / Math.Max(0.001, clock.Elapsed.TotalSeconds);
        return FormattableString.Invariant($"corpusdiff: {action} {done:N0}/{total:N0} ({100.0 * done / Math.Max(1, total):F0} %, {rate:N0}/s)");
    }
}
