using System.Diagnostics;

namespace CorpusDiff.Benchmarks.Dedup;

/// <summary>Records when the last document was signed, to split a deduplication run into signing and the rest.</summary>
/// <param name="count">The number of documents.</param>
/// <param name="clock">The running clock.</param>
internal sealed class SignedAt(int count, Stopwatch clock) : IProgress<int>
{
    /// <summary>Gets the clock reading when the last document was signed.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <inheritdoc/>
    public void Report(int value)
    {
        if (value == count)
        {
            Elapsed = clock.Elapsed;
        }
    }
}
