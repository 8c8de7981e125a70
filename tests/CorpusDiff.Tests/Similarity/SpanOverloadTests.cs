using System.Globalization;
using System.Text;
using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

/// <summary>F23's generic span overloads: the same values as the string API on bytes, token ids, characters and tokens.</summary>
public class SpanOverloadTests
{
    private static readonly MetricLCS MetricLcs = new();

    private static readonly int[] Lengths = [0, 1, 2, 3, 5, 8, 16, 17, 31, 63, 64, 65, 100, 129, 200];

    [Theory]
    [InlineData("kitten", "sitting")]
    [InlineData("My string", "My $tring")]
    [InlineData("CA", "ABC")]
    [InlineData("ABCDEF", "ABDCEF")]
    [InlineData("", "abc")]
    [InlineData("", "")]
    [InlineData("café société", "cafe societe")]
    public void Distance_Latin1BytesAndCharacters_EqualTheStringApi(string a, string b)
    {
        var bytesA = Encoding.Latin1.GetBytes(a);
        var bytesB = Encoding.Latin1.GetBytes(b);
        var measures = new (string Name, Func<string, string, double> Text, Func<ReadOnlySpan<byte>, ReadOnlySpan<byte>, double> Bytes, Func<ReadOnlySpan<char>, ReadOnlySpan<char>, double> Chars)[]
        {
            ("Levenshtein", SimilarityMetrics.Levenshtein.Distance, (x, y) => SimilarityMetrics.Levenshtein.Distance<byte>(x, y), (x, y) => SimilarityMetrics.Levenshtein.Distance<char>(x, y)),
            ("Levenshtein limit 2", (x, y) => SimilarityMetrics.Levenshtein.Distance(x, y, 2), (x, y) => SimilarityMetrics.Levenshtein.Distance<byte>(x, y, 2), (x, y) => SimilarityMetrics.Levenshtein.Distance<char>(x, y, 2)),
            ("NormalizedLevenshtein", SimilarityMetrics.NormalizedLevenshtein.Similarity, (x, y) => SimilarityMetrics.NormalizedLevenshtein.Similarity<byte>(x, y), (x, y) => SimilarityMetrics.NormalizedLevenshtein.Similarity<char>(x, y)),
            ("Damerau", SimilarityMetrics.Damerau.Distance, (x, y) => SimilarityMetrics.Damerau.Distance<byte>(x, y), (x, y) => SimilarityMetrics.Damerau.Distance<char>(x, y)),
            ("OptimalStringAlignment", SimilarityMetrics.OptimalStringAlignment.Distance, (x, y) => SimilarityMetrics.OptimalStringAlignment.Distance<byte>(x, y), (x, y) => SimilarityMetrics.OptimalStringAlignment.Distance<char>(x, y)),
            ("LongestCommonSubsequence", SimilarityMetrics.LongestCommonSubsequence.Distance, (x, y) => SimilarityMetrics.LongestCommonSubsequence.Distance<byte>(x, y), (x, y) => SimilarityMetrics.LongestCommonSubsequence.Distance<char>(x, y)),
            ("MetricLCS", MetricLcs.Distance, (x, y) => MetricLcs.Distance<byte>(x, y), (x, y) => MetricLcs.Distance<char>(x, y)),
            ("JaroWinkler", SimilarityMetrics.JaroWinkler.Similarity, (x, y) => SimilarityMetrics.JaroWinkler.Similarity<byte>(x, y), (x, y) => SimilarityMetrics.JaroWinkler.Similarity<char>(x, y)),
            ("JaroWinkler F23", new JaroWinkler(JaroWinklerOptions.F23).Similarity, (x, y) => new JaroWinkler(JaroWinklerOptions.F23).Similarity<byte>(x, y), (x, y) => new JaroWinkler(JaroWinklerOptions.F23).Similarity<char>(x, y)),
            ("Jaro", SimilarityMetrics.Jaro.Similarity, (x, y) => SimilarityMetrics.Jaro.Similarity<byte>(x, y), (x, y) => SimilarityMetrics.Jaro.Similarity<char>(x, y)),
            ("Indel", SimilarityMetrics.Indel.Distance, (x, y) => SimilarityMetrics.Indel.Distance<byte>(x, y), (x, y) => SimilarityMetrics.Indel.Distance<char>(x, y)),
            ("Hamming", SimilarityMetrics.Hamming.Distance, (x, y) => SimilarityMetrics.Hamming.Distance<byte>(x, y), (x, y) => SimilarityMetrics.Hamming.Distance<char>(x, y)),
        };

        foreach (var (name, text, bytes, chars) in measures)
        {
            var expected = text(a, b);
            bytes(bytesA, bytesB).Should().Be(expected, "{0} on Latin-1 bytes", name);
            chars(a, b).Should().Be(expected, "{0} on characters", name);
        }
    }

    [Fact]
    public void Distance_TokenisedSentences_CountsWordEdits()
    {
        var a = "the minister opened the new container terminal on Wednesday".Split(' ');
        var b = "the minister on Wednesday opened a new container terminal".Split(' ');

        // Word level: "the" → "a" is one substitution; moving "on Wednesday" costs 2 deletions + 2 insertions.
        SimilarityMetrics.Levenshtein.Distance<string>(a, b).Should().Be(ReferenceSequenceMeasures.Levenshtein(a, b));
        SimilarityMetrics.Indel.Distance<string>(a, b).Should().Be(6);
        SimilarityMetrics.LongestCommonSubsequence.Length<string>(a, b).Should().Be(6);
        var ids = Ids(a, b);
        SimilarityMetrics.Indel.Distance<int>(ids.A, ids.B).Should().Be(6);
        SimilarityMetrics.Indel.NormalizedSimilarity<int>(ids.A, ids.B).Should().BeApproximately(12.0 / 18, 1e-12);
    }

    [Fact]
    public void Interfaces_EveryF23SpanMeasure_IsReachableThroughItsInterface()
    {
        int[] a = [1, 2, 3, 4, 5];
        int[] b = [1, 3, 2, 4, 6];
        var metrics = new IMetricSpanDistance[] { new Levenshtein(), new Damerau(), new MetricLCS(), new Indel(), new Hamming() };
        var distances = new ISpanDistance[] { new OptimalStringAlignment(), new LongestCommonSubsequence() };
        var normalizedDistances = new INormalizedSpanDistance[] { new NormalizedLevenshtein(), new JaroWinkler(), new Jaro(), new MetricLCS() };
        var normalizedSimilarities = new INormalizedSpanSimilarity[] { new NormalizedLevenshtein(), new JaroWinkler(), new Jaro() };

        metrics.Select(m => m.Distance<int>(a, b)).Should().Equal(3, 2, 0.4, 4, 3);
        distances.Select(m => m.Distance<int>(a, b)).Should().Equal(2, 4);
        normalizedDistances.Should().OnlyContain(m => m.Distance<int>(a, a) == 0 && m.Distance<int>(a, b) > 0 && m.Distance<int>(a, b) <= 1);
        normalizedSimilarities.Should().OnlyContain(m => m.Similarity<int>(a, a) == 1 && m.Similarity<int>(a, b) < 1);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(40)]
    [InlineData(1000)]
    public void Measures_RandomIntSequences_MatchPlainDynamicProgramming(int alphabetSize)
    {
        var random = new Random(alphabetSize);

        // Spread the values over the whole int range so the recoding's hashing is exercised, not the identity.
        var values = Enumerable.Range(0, alphabetSize).Select(_ => random.Next(int.MinValue, int.MaxValue)).ToArray();
        CheckAll(Pairs(random, 120, () => values[random.Next(alphabetSize)]), $"{alphabetSize} distinct ints");
    }

    [Fact]
    public void Measures_RandomByteSequences_MatchPlainDynamicProgramming()
    {
        var random = new Random(256);
        CheckAll(Pairs(random, 120, () => (byte)(random.Next(2) == 0 ? random.Next(4) : random.Next(256))), "bytes");
    }

    [Fact]
    public void Measures_RandomCharSequences_MatchPlainDynamicProgramming()
    {
        var random = new Random(65536);
        CheckAll(Pairs(random, 120, () => (char)(random.Next(2) == 0 ? 'a' + random.Next(4) : random.Next(0x3000, 0x3040))), "chars");
    }

    [Fact]
    public void Measures_LongsWithCollidingHashCodes_MatchPlainDynamicProgramming()
    {
        // long.GetHashCode folds the two halves, so (k << 32) | k all hash to 0: the probe must compare keys, not hashes.
        var random = new Random(64);
        CheckAll(Pairs(random, 80, () => { long k = random.Next(8); return (k << 32) | k; }), "longs hashing to 0");
    }

    [Fact]
    public void Measures_StringTokens_MatchPlainDynamicProgramming()
    {
        var random = new Random(7);
        string[] words = ["the", "port", "minister", "opened", "a", "terminal", "on", "Wednesday", "The", null!];
        CheckAll(Pairs(random, 80, () => words[random.Next(words.Length)]), "string tokens including null");
    }

    [Fact]
    public void Recode_PatternWithMoreDistinctElementsThanUtf16Units_ReportsThatItCannot()
    {
        var fits = Enumerable.Range(0, char.MaxValue).ToArray();
        var tooMany = Enumerable.Range(0, char.MaxValue + 1).ToArray();
        var a = new char[tooMany.Length];
        var b = new char[tooMany.Length];

        ElementAlphabet.Recode<int>(fits, fits, a.AsSpan(0, fits.Length), b.AsSpan(0, fits.Length)).Should().BeTrue();
        ElementAlphabet.Recode<int>(tooMany, tooMany, a, b).Should().BeFalse();
    }

    [Fact]
    public void PlainFallback_RandomSequences_MatchesReference()
    {
        var random = new Random(99);
        var failures = new List<string>();
        foreach (var (a, b) in Pairs(random, 60, () => random.Next(5)))
        {
            Expect(failures, "Levenshtein", ReferenceSequenceMeasures.Levenshtein(a, b), PlainSequenceMeasures.Levenshtein<int>(a, b, int.MaxValue), a, b);
            Expect(failures, "OSA", ReferenceSequenceMeasures.OptimalStringAlignment(a, b), PlainSequenceMeasures.OptimalStringAlignment<int>(a, b), a, b);
            Expect(failures, "Damerau", ReferenceSequenceMeasures.Damerau(a, b), PlainSequenceMeasures.Damerau<int>(a, b), a, b);
            Expect(failures, "LCS", ReferenceSequenceMeasures.LcsLength(a, b), PlainSequenceMeasures.LongestCommonSubsequence<int>(a, b), a, b);
            Expect(failures, "Jaro", ReferenceSequenceMeasures.Jaro(a, b), PlainSequenceMeasures.Jaro<int>(a, b), a, b);
            var limit = random.Next(10);
            var capped = Math.Min(ReferenceSequenceMeasures.Levenshtein(a, b), limit + 1);
            Expect(failures, $"Levenshtein max {limit}", capped, Math.Min(PlainSequenceMeasures.Levenshtein<int>(a, b, limit), limit + 1), a, b);
        }

        failures.Take(5).Should().BeEmpty("{0} disagreements", failures.Count);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(300)]
    public void Measures_TokenIdsAndBytes_AllocateNothing(int length)
    {
        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => random.Next(1_000_000) * 7919).ToArray();
        var b = a.Select(x => random.Next(5) == 0 ? x + 1 : x).ToArray();
        var longA = a.Select(x => (long)x << 20).ToArray();
        var longB = b.Select(x => (long)x << 20).ToArray();
        var bytesA = a.Select(x => (byte)x).ToArray();
        var bytesB = b.Select(x => (byte)x).ToArray();
        var words = a.Select(x => x.ToString(CultureInfo.InvariantCulture)).ToArray();
        var otherWords = b.Select(x => x.ToString(CultureInfo.InvariantCulture)).ToArray();
        var calls = new (string Name, Func<double> Call)[]
        {
            ("Levenshtein<int>", () => SimilarityMetrics.Levenshtein.Distance<int>(a, b)),
            ("Levenshtein<int> limit", () => SimilarityMetrics.Levenshtein.Distance<int>(a, b, length / 10)),
            ("Levenshtein<long>", () => SimilarityMetrics.Levenshtein.Distance<long>(longA, longB)),
            ("Levenshtein<byte>", () => SimilarityMetrics.Levenshtein.Distance<byte>(bytesA, bytesB)),
            ("Levenshtein<string>", () => SimilarityMetrics.Levenshtein.Distance<string>(words, otherWords)),
            ("Indel<int>", () => SimilarityMetrics.Indel.NormalizedSimilarity<int>(a, b, 0.5)),
            ("Indel<long>", () => SimilarityMetrics.Indel.Distance<long>(longA, longB)),
            ("NormalizedLevenshtein<int>", () => SimilarityMetrics.NormalizedLevenshtein.Similarity<int>(a, b)),
            ("OptimalStringAlignment<int>", () => SimilarityMetrics.OptimalStringAlignment.Distance<int>(a, b)),
            ("Damerau<int>", () => SimilarityMetrics.Damerau.Distance<int>(a, b)),
            ("LongestCommonSubsequence<int>", () => SimilarityMetrics.LongestCommonSubsequence.Distance<int>(a, b)),
            ("MetricLCS<byte>", () => MetricLcs.Distance<byte>(bytesA, bytesB)),
            ("JaroWinkler<int>", () => SimilarityMetrics.JaroWinkler.Similarity<int>(a, b)),
            ("Hamming<int>", () => SimilarityMetrics.Hamming.Distance<int>(a, b)),
        };

        AllocationAssert.NothingPerCall(calls, $"on sequences of {length} elements");
    }

    private static void CheckAll<T>(IEnumerable<(T[] A, T[] B)> pairs, string what)
        where T : IEquatable<T>
    {
        var failures = new List<string>();
        var count = 0;
        var f23 = new JaroWinkler(JaroWinklerOptions.F23);
        foreach (var (a, b) in pairs)
        {
            count++;
            var levenshtein = ReferenceSequenceMeasures.Levenshtein(a, b);
            var lcs = ReferenceSequenceMeasures.LcsLength(a, b);
            var longest = Math.Max(a.Length, b.Length);
            Expect(failures, "Levenshtein", levenshtein, SimilarityMetrics.Levenshtein.Distance<T>(a, b), a, b);
            var limit = count % 7;
            Expect(failures, $"Levenshtein limit {limit}", Math.Min(levenshtein, limit), SimilarityMetrics.Levenshtein.Distance<T>(a, b, limit), a, b);
            Expect(failures, "NormalizedLevenshtein", longest == 0 ? 0 : (double)levenshtein / longest, SimilarityMetrics.NormalizedLevenshtein.Distance<T>(a, b), a, b);
            Expect(failures, "OptimalStringAlignment", ReferenceSequenceMeasures.OptimalStringAlignment(a, b), SimilarityMetrics.OptimalStringAlignment.Distance<T>(a, b), a, b);
            Expect(failures, "Damerau", ReferenceSequenceMeasures.Damerau(a, b), SimilarityMetrics.Damerau.Distance<T>(a, b), a, b);
            Expect(failures, "LCS length", lcs, SimilarityMetrics.LongestCommonSubsequence.Length<T>(a, b), a, b);
            Expect(failures, "LCS distance", a.Length + b.Length - (2 * lcs), SimilarityMetrics.LongestCommonSubsequence.Distance<T>(a, b), a, b);
            Expect(failures, "MetricLCS", longest == 0 ? 0 : 1 - ((double)lcs / longest), MetricLcs.Distance<T>(a, b), a, b);
            Expect(failures, "Indel", a.Length + b.Length - (2 * lcs), SimilarityMetrics.Indel.Distance<T>(a, b), a, b);
            Expect(failures, "Jaro", ReferenceSequenceMeasures.Jaro(a, b), SimilarityMetrics.Jaro.Similarity<T>(a, b), a, b);
            Expect(failures, "JaroWinkler", ReferenceSequenceMeasures.JaroWinkler(a, b), SimilarityMetrics.JaroWinkler.Similarity<T>(a, b), a, b);
            Expect(failures, "Hamming", ReferenceSequenceMeasures.Hamming(a, b), SimilarityMetrics.Hamming.Distance<T>(a, b), a, b);
            f23.Similarity<T>(a, b).Should().BeInRange(0, 1);
        }

        count.Should().BeGreaterThanOrEqualTo(80, "the differential test must cover many pairs");
        failures.Take(5).Should().BeEmpty("{0} disagreements with plain dynamic programming on {1}", failures.Count, what);
    }

    private static void Expect<T>(List<string> failures, string name, double expected, double actual, T[] a, T[] b)
    {
        if (Math.Abs(expected - actual) > 1e-12)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{name} |a|={a.Length} |b|={b.Length}: expected {expected}, got {actual}; a=[{string.Join(",", a)}] b=[{string.Join(",", b)}]"));
        }
    }

    /// <summary>Pairs of every interesting length: unrelated, and the second an edited copy of the first (substitutions, indels, swaps).</summary>
    private static IEnumerable<(T[] A, T[] B)> Pairs<T>(Random random, int count, Func<T> next)
    {
        for (var p = 0; p < count; p++)
        {
            var a = Enumerable.Range(0, Lengths[p % Lengths.Length]).Select(_ => next()).ToArray();
            if (p % 3 == 0)
            {
                yield return (a, Enumerable.Range(0, Lengths[random.Next(Lengths.Length)]).Select(_ => next()).ToArray());
                continue;
            }

            var b = a.ToList();
            for (var e = random.Next(1 + (a.Length / 4) + 1); e > 0; e--)
            {
                var at = random.Next(b.Count + 1);
                switch (random.Next(4))
                {
                    case 0 when at < b.Count:
                        b[at] = next();
                        break;
                    case 1 when at < b.Count:
                        b.RemoveAt(at);
                        break;
                    case 2 when at + 1 < b.Count:
                        (b[at], b[at + 1]) = (b[at + 1], b[at]);
                        break;
                    default:
                        b.Insert(at, next());
                        break;
                }
            }

            yield return (a, b.ToArray());
        }
    }

    private static (int[] A, int[] B) Ids(string[] a, string[] b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string word) => ids.TryGetValue(word, out var id) ? id : ids[word] = ids.Count;
        return (a.Select(Id).ToArray(), b.Select(Id).ToArray());
    }
}
