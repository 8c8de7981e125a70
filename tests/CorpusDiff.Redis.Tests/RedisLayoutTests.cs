using CorpusDiff.Dedup;

namespace CorpusDiff.Redis.Tests;

public sealed class RedisLayoutTests
{
    private static readonly LshParameters Bands = new(64, 2);

    [Theory]
    [InlineData(12)]
    [InlineData(14)]
    [InlineData(16)]
    public void Decode_EncodedRecord_GivesBackEveryFieldAndTheLowBits(int bits)
    {
        // Seeded property test: random keys (with and without folders), ids, paths, dates and signatures.
        var random = new Random(bits);
        var layout = new RedisLayout(128, Bands, 1000, bits);
        for (var n = 0; n < 200; n++)
        {
            var values = Enumerable.Range(0, 128).Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray();
            var folder = random.Next(4) == 0 ? string.Empty : $"/archive/{random.Next(100)}/ü{random.Next(10)}/";
            var name = $"report-{random.Next()}.txt";
            var key = folder + name;
            var id = random.Next(3) == 0 ? "other-" + random.Next() : name;
            var path = random.Next(3) switch { 0 => null, 1 => key, _ => "/elsewhere/" + name };
            DateOnly? published = random.Next(2) == 0 ? null : DateOnly.FromDayNumber(random.Next(700_000, 740_000));
            var document = new IndexedDocument(key, id, path, published, random.Next(0, 100_000), (ulong)random.NextInt64(), new MinHashSignature(values, 7, 1));

            var record = layout.Decode(layout.EncodeSlot(document, layout.Truncate(document.Signature)), RedisLayout.EncodeName(document))!.InFolder(RedisLayout.FolderOf(key).Folder);
            var back = record.ToDocument(layout, null, 1);

            record.Complete.Should().BeFalse("a record is written incomplete and flagged afterwards");
            back.Key.Should().Be(key);
            back.Id.Should().Be(id);
            back.Path.Should().Be(path);
            back.Published.Should().Be(published);
            back.Length.Should().Be(document.Length);
            back.ExactHash.Should().Be(document.ExactHash);
            back.Signature.Values.ToArray().Should().Equal(values.Select(v => v & ((1u << bits) - 1)));
        }
    }

    [Fact]
    public void Expand_AgainstQuery_CountsEqualLowBitsAsEqualValues()
    {
        var layout = new RedisLayout(4, new LshParameters(2, 2), 1, 12);
        var query = new MinHashSignature([0x12345678u, 0xABCDEF01u, 0x00000FFFu, 7u], 5, 1);
        var stored = layout.Truncate(new MinHashSignature([0x99999678u, 0xABCDEF02u, 0x00000FFFu, 8u], 5, 1));

        var expanded = layout.Expand(stored, query, 5, 1);

        expanded.Values.ToArray().Should().Equal(0x12345678u, 0xF02u, 0x00000FFFu, 8u);
        query.EstimateJaccard(expanded).Should().Be(0.5);
    }

    [Theory]
    [InlineData(10_000L, 12)]
    [InlineData(1_000_000L, 14)]
    [InlineData(100_000_000L, 16)]
    public void SignatureBitsFor_Capacity_KeepsChanceBandCollisionsRare(long capacity, int expected)
    {
        var bits = RedisLayout.SignatureBitsFor(capacity, Bands);

        bits.Should().Be(expected);
        if (bits < RedisLayout.MaxSignatureBits)
        {
            (Bands.Bands * capacity * Math.Pow(2, -Bands.Rows * bits)).Should().BeLessThanOrEqualTo(0.5);
        }
    }

    [Fact]
    public void Buckets_Anywhere_StayInsideThePagesAndThe13BitScores()
    {
        var random = new Random(5);
        var layout = new RedisLayout(128, Bands, 37, 14);
        var buckets = new (long Page, short Score)[Bands.Bands];
        var pages = new HashSet<long>();
        for (var n = 0; n < 500; n++)
        {
            var values = Enumerable.Range(0, 128).Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray();
            layout.Buckets(layout.Truncate(new MinHashSignature(values, 1, 1)), buckets);
            foreach (var (page, score) in buckets)
            {
                page.Should().BeInRange(0, 36);
                score.Should().BeInRange(-4096, 4095);
                pages.Add(page);
            }
        }

        pages.Should().HaveCount(37, "addresses spread over every page");
    }

    [Theory]
    [InlineData(10_000L, 1L, 8_192L, -4_096L, 4_095L)]
    [InlineData(200_000L, 1L, 65_536L, -32_768L, 32_767L)]
    public void Member_FirstOrdinals_TakeTheShortestListpackIntegers(long capacity, long first, long last, long low, long high)
    {
        var layout = new RedisLayout(128, Bands, RedisLayout.PagesFor(capacity), 12);

        ((long)layout.Member(first)).Should().Be(low);
        ((long)layout.Member(last)).Should().Be(high);
        layout.FromMember(layout.Member(123_456_789)).Should().Be(123_456_789);
    }
}
