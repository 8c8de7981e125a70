using System.Globalization;

namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// The budget of the fuzz tests: a fixed number of seeded cases in CI (a few seconds), more with
/// <c>CORPUSDIFF_FUZZ_ITERATIONS</c>, another stream of cases with <c>CORPUSDIFF_FUZZ_SEED</c> (see docs/reliability.md).
/// Inputs are random bytes or mutations of valid inputs: bytes flipped, inserted, deleted, duplicated, truncated.
/// </summary>
internal static class FuzzBudget
{
    public static int Iterations(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("CORPUSDIFF_FUZZ_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ci;

    public static Random Random(int salt) =>
        new(unchecked((int.TryParse(Environment.GetEnvironmentVariable("CORPUSDIFF_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20261130) + salt));

    /// <summary>A fuzz case: random bytes one time in eight, otherwise one to four mutations of a valid input.</summary>
    public static byte[] Case(Random random, IReadOnlyList<byte[]> seeds)
    {
        if (random.Next(8) == 0)
        {
            var bytes = new byte[random.Next(0, 512)];
            random.NextBytes(bytes);
            return bytes;
        }

        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        for (var m = random.Next(1, 5); m > 0; m--)
        {
            Mutate(random, data);
        }

        return [.. data];
    }

    private static void Mutate(Random random, List<byte> data)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (random.Next(7))
        {
            case 0 when data.Count > 0:
                data[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[at] = Interesting[random.Next(Interesting.Length)];
                break;
            case 2:
                data.InsertRange(at, Enumerable.Range(0, random.Next(1, 9)).Select(_ => (byte)random.Next(256)));
                break;
            case 3 when data.Count > 0:
                data.RemoveRange(at, Math.Min(data.Count - at, random.Next(1, 64)));
                break;
            case 4 when data.Count > 0:
                var length = Math.Min(data.Count - at, random.Next(1, 128));
                data.InsertRange(random.Next(data.Count), data.GetRange(at, length));
                break;
            case 5:
                data.RemoveRange(at, data.Count - at);
                break;
            default:
                data.Insert(at, Interesting[random.Next(Interesting.Length)]);
                break;
        }
    }

    private static readonly byte[] Interesting = [0x00, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0x80, 0xC0, 0xC3, 0xED, 0xF4, 0xF8, 0x0A, 0x0D, 0x1B, 0x22, 0x5C, 0x7B, 0x7D, 0x7F];
}
