using System.Diagnostics;
using System.Globalization;
using CorpusDiff.Dedup;
using CorpusDiff.Documents;
using CorpusDiff.TestSupport;

namespace CorpusDiff.Benchmarks.Dedup;

/// <summary>
/// <c>dedup-accuracy N [method]</c>: deduplicates a generated corpus of N documents and prints pairwise precision
/// and recall against the planted truth, recall per kind of copy, and time; <c>dedup-generate N folder</c> writes
/// the corpus as files for an end-to-end CLI run.
/// </summary>
public static class DedupAccuracy
{
    /// <summary>Runs the accuracy measurement.</summary>
    /// <param name="count">The number of documents.</param>
    /// <param name="method">
    /// The method name: minhash (the defaults), minhash-shingles (the defaults before word edits), either with
    /// <c>-jaccard</c> for containment off, simhash or exact.
    /// </param>
    /// <param name="falseNegativeWeight">The LSH false-negative weight (false-positive weight is 1 minus it); null for the default.</param>
    public static void Run(int count, string method, double? falseNegativeWeight = null)
    {
        var generator = new CorpusGenerator(count);
        var options = new DedupOptions
        {
            Method = method switch { "simhash" => DedupMethod.SimHash, "exact" => DedupMethod.Exact, _ => DedupMethod.MinHash },
        };
        if (method is "minhash-shingles" or "minhash-shingles-jaccard")
        {
            // The defaults before word edits: word 5-shingles verified by shingle-set Jaccard and containment.
            options = DedupOptions.ShingleSetDefaults with { Method = DedupMethod.MinHash };
        }

        if (method is "minhash-jaccard" or "minhash-shingles-jaccard")
        {
            // Containment off: the LSH index is tuned for the Jaccard threshold alone, as plain datasketch use would be.
            options = options with { ContainmentThreshold = 2 };
        }

        if (falseNegativeWeight is { } weight)
        {
            options = options with { FalseNegativeWeight = weight, FalsePositiveWeight = 1 - weight };
        }

        var clock = Stopwatch.StartNew();
        var signed = new SignedAt(count, clock);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = new Deduplicator(options).Deduplicate(
            Enumerable.Range(0, count), i => DocumentParser.Default.Parse(generator.TextOf(i), CorpusGenerator.IdOf(i)), signed);
        var elapsed = clock.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"signing (generate + parse + sign) {signed.Elapsed.TotalSeconds:F2} s, after signing {(elapsed - signed.Elapsed).TotalSeconds:F2} s, CPU {cpuUsed.TotalSeconds:F1} s ({1e6 * cpuUsed.TotalSeconds / count:F0} µs per document)"));
        var evaluation = DedupEvaluation.Evaluate(generator, result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {count}, method {method}, {elapsed.TotalSeconds:F1} s, candidates {result.Candidates}, verified pairs {result.Pairs.Count}, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        Console.WriteLine(evaluation.ToMarkdown());
        ExplainMissedReprints(generator, result, new Shingler(options.ShingleKind, options.ShingleSize));
    }

    /// <summary>Prints why shortened reprints were not grouped: too short to count, or missed by the index.</summary>
    private static void ExplainMissedReprints(CorpusGenerator generator, DedupResult result, Shingler shingler)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < result.Groups.Count; g++)
        {
            foreach (var m in result.Groups[g].Members)
            {
                groupOf[m.Id] = g;
            }
        }

        var missed = Enumerable.Range(0, generator.Count)
            .Where(i => generator.KindOf(i) == CorpusGenerator.VariantKind.Shortened
                && groupOf[CorpusGenerator.IdOf(i)] != groupOf[CorpusGenerator.IdOf(generator.SourceOf(i))])
            .ToList();
        var lines = missed.Select(i =>
        {
            var shortSet = shingler.Shingle(DocumentParser.Default.Parse(generator.TextOf(i), "s"));
            var fullSet = shingler.Shingle(DocumentParser.Default.Parse(generator.TextOf(generator.SourceOf(i)), "f"));
            var common = shortSet.Intersect(fullSet).Count();
            return (Ratio: (double)shortSet.Length / fullSet.Length, Jaccard: (double)common / shortSet.Union(fullSet).Count());
        }).ToList();
        if (lines.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"missed shortened reprints: {lines.Count}; size ratio < MinContainedRatio: {lines.Count(l => l.Ratio < DedupOptions.Default.MinContainedRatio)}; Jaccard range {lines.Min(l => l.Jaccard):F3}-{lines.Max(l => l.Jaccard):F3}"));
        }
    }

    /// <summary>
    /// Scores a dedup or groups JSON report (for example <c>corpusdiff groups --index redis://…</c> after several
    /// workers deduplicated shards of a generated corpus) against the generator's planted clusters.
    /// </summary>
    /// <param name="count">The generated corpus size (seed 12345, as <see cref="Generate"/> writes it).</param>
    /// <param name="report">The JSON report file.</param>
    public static void Score(int count, string report)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        var groups = json.RootElement.GetProperty("groups").EnumerateArray()
            .Select(g => new DedupGroup(
                g.GetProperty("representative").GetString()!,
                [.. g.GetProperty("members").EnumerateArray().Select(m => new DedupMember(m.GetProperty("id").GetString()!, DedupRelation.Representative, 1, 1, 1))]))
            .ToList();
        var documents = json.RootElement.GetProperty("documents").GetArrayLength();
        var evaluation = DedupEvaluation.Evaluate(new CorpusGenerator(count), new DedupResult([], groups, [], 0));
        Console.WriteLine($"{documents} documents, {groups.Count} groups");
        Console.WriteLine(evaluation.ToMarkdown());
    }

    /// <summary>Writes a generated corpus to a folder.</summary>
    /// <param name="count">The number of documents.</param>
    /// <param name="folder">The folder (created).</param>
    public static void Generate(int count, string folder)
    {
        var generator = new CorpusGenerator(count);
        Directory.CreateDirectory(folder);
        Parallel.For(0, count, i => File.WriteAllText(Path.Combine(folder, CorpusGenerator.IdOf(i)), generator.TextOf(i)));
        Console.WriteLine($"wrote {count} documents to {folder}");
    }
}
