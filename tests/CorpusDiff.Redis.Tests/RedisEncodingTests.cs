namespace CorpusDiff.Redis.Tests;

public sealed class RedisEncodingTests
{
    [Fact]
    public void AllocationSize_Anything_IsTheSmallestJemallocClassThatHoldsIt()
    {
        // Reference: jemalloc's classes listed plainly (8, 16, then 16-byte steps to 128, then 4 per doubling).
        var classes = new List<long> { 8, 16, 32, 48, 64, 80, 96, 112, 128 };
        for (var group = 128L; group < 1 << 20; group *= 2)
        {
            for (var k = 1; k <= 4; k++)
            {
                classes.Add(group + (k * group / 4));
            }
        }

        for (var bytes = 1L; bytes < 1 << 19; bytes += 1 + (bytes / 64))
        {
            RedisEncoding.AllocationSize(bytes).Should().Be(classes.First(c => c >= bytes), $"{bytes} bytes");
        }
    }
}
