using System.Diagnostics;

namespace CorpusDiff.Cli.Commands;

/// <summary>Progress on standard error for long runs: a line at most every two seconds, only past 1,000 files.</summary>
internal sealed class ConsoleProgress(TextWriter error, int total) : IProgress<int>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private long lastReport;
    private bool reported;

    public void Report(int value)
    {
        if (total < 1000 || clock.ElapsedMilliseconds - Volatile.Read(ref lastReport) < 2000)
        {
            return;
        }

        lock (gate)
        {
            if (clock.ElapsedMilliseconds - lastReport < 2000)
            {
                return;
            }

            lastReport = clock.ElapsedMilliseconds;
            reported = true;
            var rate = value / Math.Max(0.001, clock.Elapsed.TotalSeconds);
            error.WriteLine(FormattableString.Invariant($"dedup: signed {value:N0}/{total:N0} documents ({100.0 * value / total:F0} %, {rate:N0}/s)"));
        }
    }

    public void Finish()
    {
        lock (gate)
        {
            if (reported)
            {
                error.WriteLine(FormattableString.Invariant($"dedup: signed {total:N0} documents in {clock.Elapsed.TotalSeconds:F1} s; grouping"));
            }
        }
    }
}
