using System.Globalization;
using CorpusDiff.Dedup;

namespace CorpusDiff.Redis.Tests;

public sealed class RedisLayoutTests
{
    private static readonly LshParameters Bands = new(64, 2);

    // One to four UTF-8 bytes each: chunk cuts fall inside characters too.
    private static readonly string[] Letters = ["a", "é", "€", "😀", "-"];

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

    [Theory]
    [InlineData(1)]
    [InlineData(62)]
    [InlineData(200)]
    [InlineData(1_000)]
    public void EncodeName_LongNamesIdsAndPaths_ComeBackWholeFromTheirChunks(int length)
    {
        // Seeded property test: names of every length cut at 63 bytes (multi-byte characters may straddle a cut).
        var random = new Random(length);
        var layout = new RedisLayout(128, Bands, 1000, 13);
        for (var n = 0; n < 50; n++)
        {
            var name = string.Concat(Enumerable.Range(0, random.Next(1, length + 1)).Select(_ => Letters[random.Next(Letters.Length)])) + ".txt";
            var key = "/f/" + name;
            var id = random.Next(2) == 0 ? name : new string('i', random.Next(1, length + 1));
            var path = random.Next(3) switch { 0 => null, 1 => key, _ => "/p/" + new string('p', random.Next(1, length + 1)) };
            var document = new IndexedDocument(key, id, path, null, 3, 4, new MinHashSignature(new uint[128], 3, 1));

            var chunks = RedisLayout.EncodeName(document);
            var back = layout.Decode(layout.EncodeSlot(document, layout.Truncate(document.Signature)), chunks)!.InFolder("/f/").ToDocument(layout, null, 1);

            chunks.Should().HaveCountLessThanOrEqualTo(RedisLayout.NameChunks);
            chunks.SkipLast(1).Select(c => ((byte[])c!).Length).Should().AllBeEquivalentTo(RedisLayout.NameChunkBytes, "only the last chunk is short");
            if (chunks.Length < RedisLayout.NameChunks)
            {
                ((byte[])chunks[^1]!).Length.Should().BeInRange(1, RedisLayout.NameChunkBytes, "a listpack keeps values of up to 64 bytes");
            }

            (back.Key, back.Id, back.Path).Should().Be((key, id, path));
        }
    }

    [Fact]
    public void Decode_EmptyOrTruncatedSlot_IsNoRecord()
    {
        var layout = new RedisLayout(128, Bands, 1000, 13);
        var document = new IndexedDocument("/a/b.txt", "b.txt", null, null, 3, 4, new MinHashSignature(new uint[128], 3, 1));
        var slot = layout.EncodeSlot(document, layout.Truncate(document.Signature));
        var name = RedisLayout.EncodeName(document);

        layout.Decode(slot, name).Should().NotBeNull();
        layout.Decode(new byte[layout.SlotBytes], name).Should().BeNull("a removed slot is zeroed");
        layout.Decode(slot.AsSpan(0, layout.SlotBytes - 1), name).Should().BeNull();
        layout.Decode(slot, []).Should().BeNull("a slot without its name is incomplete");
    }

    [Fact]
    public void EncodeEdge_AnyEdge_DecodesToItsRelationKindAndScoresToFourDecimals()
    {
        // Seeded property test, against the text the scores were stored as before (4 decimals); an edge relates a copy to another document.
        var random = new Random(11);
        DedupRelation[] relations = [DedupRelation.Exact, DedupRelation.NearDuplicate, DedupRelation.Contained];
        for (var n = 0; n < 2_000; n++)
        {
            var jaccard = n % 10 == 0 ? random.Next(2) : Math.Round(random.NextDouble(), random.Next(1, 8));
            var containment = n % 7 == 0 ? 1.0 : random.NextDouble();
            var edge = new IndexEdge("a", "b", relations[random.Next(relations.Length)], jaccard, containment, random.Next(2) == 0);

            var code = RedisLayout.EncodeEdge(edge);
            var back = RedisLayout.DecodeEdge("a", "b", code)!;

            code.Should().BeInRange(0, int.MaxValue, "a listpack stores it as a 32-bit integer");
            back.Relation.Should().Be(edge.Relation);
            back.Estimated.Should().Be(edge.Estimated);
            RedisLayout.IsEstimated(code).Should().Be(edge.Estimated);
            back.Jaccard.Should().Be(double.Parse(edge.Jaccard.ToString("0.####", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            back.Containment.Should().Be(double.Parse(edge.Containment.ToString("0.####", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(12)]
    [InlineData(16)]
    public void Place_AnyOrdinal_RoundTripsThroughPageSlotAndEdgeFields(int bits)
    {
        var random = new Random(bits);
        var layout = new RedisLayout(128, Bands, 1000, bits);
        for (var n = 0; n < 5_000; n++)
        {
            var ordinal = random.NextInt64(1, 1L << 40);
            var other = random.NextInt64(1, 1L << 40);

            var (page, slot) = layout.Place(ordinal);
            var field = (long)layout.EdgeField(slot, other);

            slot.Should().BeInRange(0, layout.RecordsPerPage - 1);
            layout.OrdinalOf(page, slot).Should().Be(ordinal);
            field.Should().BeNegative("edge fields never meet name fields, which are not negative");
            layout.FromEdgeField(field).Should().Be((slot, other));
            layout.NameFields(slot).Select(f => layout.NameSlot((long)f)).Should().OnlyContain(s => s == slot);
        }
    }

    [Theory]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    public void RecordsPerPage_EveryWidth_WastesLittleOfThePageAllocation(int bits)
    {
        var layout = new RedisLayout(128, Bands, 1000, bits);

        var allocated = RedisEncoding.AllocationSize(layout.PadOffset + 1 + 6);
        var wastePerRecord = (double)(allocated - layout.PadOffset) / layout.RecordsPerPage;

        layout.RecordsPerPage.Should().BeInRange(RedisLayout.MinRecordsPerPage, RedisLayout.MaxRecordsPerPage);
        wastePerRecord.Should().BeLessThan(16, "a page is cut to fit an allocation class, where one key per record cost ≈ 80 bytes");
    }
}
