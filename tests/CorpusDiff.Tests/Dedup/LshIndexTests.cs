using System.Diagnostics.CodeAnalysis;
using CorpusDiff.Dedup;

namespace CorpusDiff.Tests.Dedup;

public sealed class LshIndexTests : IDisposable
{
    private readonly MinHasher hasher = new(128, 1);
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cd-lsh-{Guid.NewGuid():N}");

    public LshIndexTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Query_NearDuplicate_FoundWithScores_UnrelatedNot()
    {
        var random = new Random(12345);
        var original = MinHasherTests.RandomSet(random, 400);
        var near = original.Take(380).Concat(MinHasherTests.RandomSet(random, 20)).ToArray();
        var index = new LshIndex();
        index.Add("original", hasher.Sign(original));
        index.Add("other", hasher.Sign(MinHasherTests.RandomSet(random, 400)));

        var found = index.Query(hasher.Sign(near));

        found.Should().ContainSingle().Which.Key.Should().Be("original");
        found[0].EstimatedJaccard.Should().BeApproximately(380.0 / 420, 0.12);
    }

    [Fact]
    public void Remove_Entry_NoLongerFound()
    {
        var set = MinHasherTests.RandomSet(new Random(12345), 100);
        var index = new LshIndex();
        index.Add("a", hasher.Sign(set));

        index.Remove("a").Should().BeTrue();
        index.Remove("a").Should().BeFalse();
        index.QueryKeys(hasher.Sign(set)).Should().BeEmpty();
        index.Count.Should().Be(0);
    }

    [Fact]
    public void Add_DuplicateKey_Throws()
    {
        var signature = hasher.Sign(MinHasherTests.RandomSet(new Random(12345), 10));
        var index = new LshIndex();
        index.Add("a", signature);

        var act = () => index.Add("a", signature);

        act.Should().Throw<ArgumentException>().WithMessage("*'a'*already*");
    }

    [Fact]
    public void Add_SignatureOfOtherSeed_Throws()
    {
        var act = () => new LshIndex().Add("a", new MinHasher(128, 99).Sign([1UL, 2UL]));

        act.Should().Throw<ArgumentException>().WithMessage("*seed 99*");
    }

    [Fact]
    public void Add_ConcurrentlyFromManyThreads_EveryEntryIndexedOnce()
    {
        var random = new Random(12345);
        var sets = Enumerable.Range(0, 2000).Select(_ => MinHasherTests.RandomSet(random, 50)).ToArray();
        var signatures = sets.Select(s => hasher.Sign(s)).ToArray();
        var index = new LshIndex();

        Parallel.For(0, sets.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => index.Add($"k{i}", signatures[i]));

        index.Count.Should().Be(2000);
        for (var i = 0; i < sets.Length; i += 97)
        {
            index.QueryKeys(signatures[i]).Should().Contain($"k{i}");
        }
    }

    [Fact]
    public void SaveLoad_RoundTrip_SameParametersEntriesAndAnswers()
    {
        var random = new Random(12345);
        var index = new LshIndex(new LshIndexOptions { Threshold = 0.5, Tag = "word:5" });
        var sets = Enumerable.Range(0, 50).Select(_ => MinHasherTests.RandomSet(random, 80)).ToArray();
        for (var i = 0; i < sets.Length; i++)
        {
            index.Add($"doc {i} é", hasher.Sign(sets[i]));
        }

        var path = Path.Combine(folder, "index.lsh");
        index.Save(path);
        var loaded = LshIndex.Load(path);

        loaded.Parameters.Should().Be(index.Parameters);
        loaded.Options.Tag.Should().Be("word:5");
        loaded.Count.Should().Be(50);
        var query = hasher.Sign(sets[7].Take(70).ToArray());
        loaded.Query(query).Should().BeEquivalentTo(index.Query(query), o => o.WithStrictOrdering());
        loaded.GetSignature("doc 3 é")!.Values.ToArray().Should().Equal(index.GetSignature("doc 3 é")!.Values.ToArray());
    }

    [Fact]
    public void Load_CorruptedByte_RejectedNamingFileAndChecksum()
    {
        var path = SavedIndex();
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(path, bytes);

        var act = () => LshIndex.Load(path);

        act.Should().Throw<LshIndexFormatException>().WithMessage($"{path}:*checksum*").Which.File.Should().Be(path);
    }

    [Fact]
    public void Load_TruncatedFile_RejectedAsTruncated()
    {
        var path = SavedIndex();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);

        var act = () => LshIndex.Load(path);

        act.Should().Throw<LshIndexFormatException>().WithMessage($"{path}:*truncated*");
    }

    [Fact]
    public void Load_ForeignFile_RejectedByMagic()
    {
        var path = Path.Combine(folder, "notes.txt");
        File.WriteAllText(path, "these are not the bytes you are looking for, they are long enough to be a header");

        var act = () => LshIndex.Load(path);

        act.Should().Throw<LshIndexFormatException>().WithMessage("*magic*");
    }

    [Fact]
    public void Load_OtherVersion_RejectedNamingVersion()
    {
        var path = SavedIndex();
        var bytes = File.ReadAllBytes(path);
        bytes[8] = 9;
        File.WriteAllBytes(path, bytes);

        var act = () => LshIndex.Load(path);

        act.Should().Throw<LshIndexFormatException>().WithMessage("*version 9*");
    }

    [Fact]
    public void Load_BadFile_LeavesGivenStorageEmpty()
    {
        var path = SavedIndex();
        var bytes = File.ReadAllBytes(path);
        bytes[^20] ^= 1;
        File.WriteAllBytes(path, bytes);
        var storage = new InMemoryLshStorage();

        var act = () => LshIndex.Load(path, storage);

        act.Should().Throw<LshIndexFormatException>();
        storage.Count.Should().Be(0);
    }

    [Fact]
    public void Storage_Pluggable_IndexUsesIt()
    {
        var storage = new CountingStorage();
        var index = new LshIndex(storage: storage);
        var set = MinHasherTests.RandomSet(new Random(12345), 100);

        index.Add("a", hasher.Sign(set));
        index.QueryKeys(hasher.Sign(set)).Should().Equal("a");

        storage.Adds.Should().Be(1);
        storage.BucketReads.Should().Be(index.Parameters.Bands);
    }

    private string SavedIndex()
    {
        var random = new Random(12345);
        var index = new LshIndex();
        for (var i = 0; i < 20; i++)
        {
            index.Add($"k{i}", hasher.Sign(MinHasherTests.RandomSet(random, 40)));
        }

        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.lsh");
        index.Save(path);
        return path;
    }

    private sealed class CountingStorage : ILshStorage
    {
        private readonly InMemoryLshStorage inner = new();

        public int Adds { get; private set; }

        public int BucketReads { get; private set; }

        public int Count => inner.Count;

        public bool TryAdd(string key, MinHashSignature signature, ReadOnlySpan<ulong> bucketKeys)
        {
            Adds++;
            return inner.TryAdd(key, signature, bucketKeys);
        }

        public bool Remove(string key) => inner.Remove(key);

        public bool TryGetSignature(string key, [NotNullWhen(true)] out MinHashSignature? signature) => inner.TryGetSignature(key, out signature);

        public void CollectBucket(int band, ulong bucketKey, ISet<string> into)
        {
            BucketReads++;
            inner.CollectBucket(band, bucketKey, into);
        }

        public IReadOnlyList<KeyValuePair<string, MinHashSignature>> Snapshot() => inner.Snapshot();
    }
}
