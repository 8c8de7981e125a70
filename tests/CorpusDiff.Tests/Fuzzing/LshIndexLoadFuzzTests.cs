using CorpusDiff.Dedup;
using CorpusDiff.Text;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Fuzzing;

public class LshIndexLoadFuzzTests
{
    [Fact]
    public void Load_RandomAndMutatedIndexFiles_OnlyLshIndexFormatException()
    {
        var seeds = new List<byte[]> { Saved(0), Saved(1), Saved(12) };
        var random = FuzzBudget.Random(2);
        var loaded = 0;
        for (var i = FuzzBudget.Iterations(2000); i > 0; i--)
        {
            var bytes = FuzzBudget.Case(random, seeds);
            try
            {
                var index = LshIndex.Load(new MemoryStream(bytes), "fuzz.lsh");
                index.Count.Should().BeGreaterThanOrEqualTo(0);
                loaded++;
            }
            catch (LshIndexFormatException ex)
            {
                ex.Message.Should().StartWith("fuzz.lsh: ");
            }
        }

        // A mutation that survives the checksum is vanishingly rare: almost every case must be caught.
        loaded.Should().BeLessThan(FuzzBudget.Iterations(2000) / 10);
    }

    [Fact]
    public void Load_ChecksumFixedAfterMutation_StillOnlyLshIndexFormatException()
    {
        // Mutations with a recomputed checksum reach the payload parser itself (lengths, counts, UTF-8 keys).
        var seeds = new List<byte[]> { Saved(3), Saved(8) };
        var random = FuzzBudget.Random(3);
        for (var i = FuzzBudget.Iterations(2000); i > 0; i--)
        {
            var bytes = FuzzBudget.Case(random, seeds);
            if (bytes.Length >= 28)
            {
                var payload = (ulong)(bytes.Length - 28);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(12), payload);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8), XxHash64.Hash(bytes.AsSpan(0, bytes.Length - 8)));
            }

            try
            {
                LshIndex.Load(new MemoryStream(bytes), "fuzz.lsh");
            }
            catch (LshIndexFormatException)
            {
                // documented
            }
        }
    }

    private static byte[] Saved(int entries)
    {
        var hasher = new MinHasher(32, 1);
        var index = new LshIndex(new LshIndexOptions { Permutations = 32, Threshold = 0.5 });
        for (var i = 0; i < entries; i++)
        {
            index.Add($"doc-{i}-ü", hasher.Sign(Enumerable.Range(i, 20).Select(x => (ulong)x * 0x9E3779B97F4A7C15UL).OrderBy(x => x).ToArray()));
        }

        using var stream = new MemoryStream();
        index.Save(stream);
        return stream.ToArray();
    }
}
