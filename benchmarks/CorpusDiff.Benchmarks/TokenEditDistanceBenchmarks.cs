using BenchmarkDotNet.Attributes;
using CorpusDiff.Similarity;

namespace CorpusDiff.Benchmarks;

/// <summary>
/// Word-level edit distances through the generic span overloads: the same sentence and paragraph pairs as the
/// character benchmarks, tokenised on white space and given dense <c>int</c> ids (and as <c>string</c> tokens),
/// beside the character versions (time per pair).
/// </summary>
[MemoryDiagnoser]
public class TokenEditDistanceBenchmarks
{
    private static readonly Levenshtein Levenshtein = new();
    private static readonly Indel Indel = new();
    private (string A, string B)[] pairs = [];
    private (int[] A, int[] B)[] ids = [];
    private (long[] A, long[] B)[] longIds = [];
    private (string[] A, string[] B)[] tokens = [];

    /// <summary>Gets or sets the input size.</summary>
    [Params(InputSize.Sentence, InputSize.Paragraph)]
    public InputSize Size { get; set; }

    /// <summary>Loads the pairs and tokenises them once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        pairs = EditDistanceInputs.Pairs(Size);
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string word) => dictionary.TryGetValue(word, out var id) ? id : dictionary[word] = dictionary.Count;
        tokens = pairs.Select(p => (Split(p.A), Split(p.B))).ToArray();
        ids = tokens.Select(t => (t.A.Select(Id).ToArray(), t.B.Select(Id).ToArray())).ToArray();

        // Hash-like 64-bit ids, as a corpus-wide vocabulary would give.
        longIds = ids.Select(p => (p.A.Select(Spread).ToArray(), p.B.Select(Spread).ToArray())).ToArray();
    }

    /// <summary>Character-level <see cref="Levenshtein.Distance(string, string)"/>.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double Characters_Levenshtein()
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += Levenshtein.Distance(a, b);
        }

        return sum;
    }

    /// <summary>Word-level <see cref="Levenshtein.Distance{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> on <c>int</c> ids.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double TokenIds_Levenshtein()
    {
        var sum = 0.0;
        foreach (var (a, b) in ids)
        {
            sum += Levenshtein.Distance<int>(a, b);
        }

        return sum;
    }

    /// <summary>Word-level Levenshtein on <c>long</c> ids.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double LongIds_Levenshtein()
    {
        var sum = 0.0;
        foreach (var (a, b) in longIds)
        {
            sum += Levenshtein.Distance<long>(a, b);
        }

        return sum;
    }

    /// <summary>Word-level Levenshtein on <c>string</c> tokens.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double StringTokens_Levenshtein()
    {
        var sum = 0.0;
        foreach (var (a, b) in tokens)
        {
            sum += Levenshtein.Distance<string>(a, b);
        }

        return sum;
    }

    /// <summary>Character-level <see cref="Indel.Distance(string, string)"/>.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double Characters_Indel()
    {
        var sum = 0.0;
        foreach (var (a, b) in pairs)
        {
            sum += Indel.Distance(a, b);
        }

        return sum;
    }

    /// <summary>Word-level <see cref="Indel.Distance{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> on <c>int</c> ids.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double TokenIds_Indel()
    {
        var sum = 0.0;
        foreach (var (a, b) in ids)
        {
            sum += Indel.Distance<int>(a, b);
        }

        return sum;
    }

    /// <summary>Word-level Indel on <c>string</c> tokens.</summary>
    /// <returns>The sum of the distances.</returns>
    [Benchmark(OperationsPerInvoke = EditDistanceInputs.PairCount)]
    public double StringTokens_Indel()
    {
        var sum = 0.0;
        foreach (var (a, b) in tokens)
        {
            sum += Indel.Distance<string>(a, b);
        }

        return sum;
    }

    private static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static long Spread(int id) => (long)(((ulong)id + 1) * 0x9E3779B97F4A7C15UL);
}
