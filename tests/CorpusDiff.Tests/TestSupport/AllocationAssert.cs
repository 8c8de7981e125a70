using FluentAssertions.Execution;

namespace CorpusDiff.Tests.TestSupport;

/// <summary>Checks the "no heap allocation per call" promise of hot paths, without timing anything.</summary>
public static class AllocationAssert
{
    /// <summary>Asserts that each call allocates nothing in steady state; every offender is reported at once.</summary>
    public static void NothingPerCall(IEnumerable<(string Name, Func<double> Call)> calls, string because)
    {
        using var scope = new AssertionScope();
        foreach (var (name, call) in calls)
        {
            // Warm-up fills ArrayPool's per-thread buckets and lets tiered compilation settle (its call-counting
            // stubs allocate a little while methods are promoted); steady state is what is promised.
            for (var i = 0; i < 60; i++)
            {
                call();
            }

            // On a loaded machine the tiering of a method can land inside a measured window and allocate once, so the
            // window is measured up to five times and the least is kept: a call that allocates does so in every window.
            var allocated = long.MaxValue;
            for (var attempt = 0; attempt < 5 && allocated > 0; attempt++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 5; i++)
                {
                    call();
                }

                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            allocated.Should().Be(0, "{0} {1}", name, because);
        }
    }
}
