using CorpusDiff.TestSupport;
using CorpusDiff.Dedup;
using CorpusDiff.Documents;

namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>A seeded corpus with planted duplicates, written to a temporary folder in shards (document i goes to shard i mod N).</summary>
public sealed class PlantedCorpus : IDisposable
{
    private PlantedCorpus(string root, int count, int shards, CorpusGenerator generator)
    {
        Root = root;
        Count = count;
        Shards = shards;
        Generator = generator;
    }

    public string Root { get; }

    public int Count { get; }

    public int Shards { get; }

    public CorpusGenerator Generator { get; }

    public static PlantedCorpus Write(int count, int shards, int seed = 12345)
    {
        var root = Path.Combine(Path.GetTempPath(), "corpusdiff-planted-" + Guid.NewGuid().ToString("N"));
        var generator = new CorpusGenerator(count, seed);
        for (var s = 0; s < shards; s++)
        {
            Directory.CreateDirectory(Path.Combine(root, Shard(s)));
        }

        Parallel.For(0, count, i => File.WriteAllText(Path.Combine(root, Shard(i % shards), CorpusGenerator.IdOf(i)), generator.TextOf(i)));
        return new PlantedCorpus(root, count, shards, generator);
    }

    /// <summary>Signs <paramref name="count"/> generated documents in memory (for library tests).</summary>
    public static IReadOnlyList<IndexedDocument> Sign(int count, int seed = 12345, string prefix = "/corpus/")
    {
        var generator = new CorpusGenerator(count, seed);
        var documents = Enumerable.Range(0, count).Select(i => DocumentParser.Default.Parse(generator.TextOf(i), CorpusGenerator.IdOf(i), prefix + CorpusGenerator.IdOf(i)));
        var result = Deduplicator.Default.Deduplicate(documents);
        return [.. result.Documents.Select(d => new IndexedDocument(d.Path!, d.Id, d.Path, d.Published, d.Shingles, d.ExactHash, d.Signature!))];
    }

    public static string Shard(int s) => $"shard{s}";

    public string ShardPath(int s) => Path.Combine(Root, Shard(s));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
