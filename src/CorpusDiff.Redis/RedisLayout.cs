using System.Runtime.InteropServices;
using CorpusDiff.Dedup;
using CorpusDiff.Text;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>
/// How layout version 3 packs an index: b-bit signatures (the low <see cref="SignatureBits"/> bits of each MinHash
/// value, 12 to 16 by capacity), bucket addresses (page and score) derived from them, and the document records, kept
/// in pages of <see cref="RecordsPerPage"/> ordinals.
/// </summary>
/// <remarks>
/// Bucket pages are sorted sets, one per band and page: score = 13 bits of the band's address, member = the
/// document's ordinal. A page holds about <see cref="PageFill"/> entries at the index's capacity, so Redis keeps it in
/// its compact listpack encoding (≤ 128 entries by default: ≈ 7–8 bytes per entry, a 13-bit score and an ordinal,
/// instead of a key of ≈ 90 bytes per bucket). Because each document sits in exactly one bucket per band, its ordinal
/// is unique within a page: ZADD and ZREM are atomic and idempotent, with no script.
/// </remarks>
internal sealed partial class RedisLayout
{
    /// <summary>The most bits kept of each signature value: a kept value is stored as a 16-bit <see cref="ushort"/>.</summary>
    public const int MaxSignatureBits = sizeof(ushort) * 8;

    /// <summary>The fewest bits kept of each signature value: collisions of unequal values add at most 2⁻¹² to a Jaccard estimate.</summary>
    public const int MinSignatureBits = 12;

    /// <summary>The entries a page averages at capacity: under <see cref="RedisEncoding.ListpackMaxEntries"/> (a page holds more than 128 with probability 10⁻⁶ at capacity, 1 % at 1.3 × capacity).</summary>
    public const int PageFill = 80;

    /// <summary>Bits of a bucket address kept as its score: what a listpack stores in 2 bytes.</summary>
    public const int ScoreBits = RedisEncoding.ListpackShortIntegerBits;

    private readonly int bands;
    private readonly int rows;

    private readonly uint valueMask;

    public RedisLayout(int permutations, LshParameters parameters, long pages, int signatureBits, int recordsPerPage = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(signatureBits, MinSignatureBits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(signatureBits, MaxSignatureBits);
        SignatureBits = signatureBits;
        valueMask = (1u << signatureBits) - 1;
        Permutations = permutations;
        bands = parameters.Bands;
        rows = parameters.Rows;
        Pages = (ulong)pages;
        MemberOffset = pages * PageFill <= 36_864 ? 4_097 : 32_769;
        SignatureBytes = ((permutations * SignatureBits) + 7) / 8;
        SlotBytes = SlotHeaderBytes + SignatureBytes;
        RecordsPerPage = recordsPerPage == 0 ? RecordsPerPageFor(SlotBytes) : recordsPerPage;
        ArgumentOutOfRangeException.ThrowIfLessThan(RecordsPerPage, MinRecordsPerPage, nameof(recordsPerPage));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RecordsPerPage, MaxRecordsPerPage, nameof(recordsPerPage));
    }

    public int Permutations { get; }

    /// <summary>Gets the bits kept of each signature value.</summary>
    public int SignatureBits { get; }

    /// <summary>Gets what ordinals are shifted down by as bucket-page members.</summary>
    public long MemberOffset { get; }

    /// <summary>Gets the pages per band (and of the key map).</summary>
    public ulong Pages { get; }

    public int SignatureBytes { get; }

    public int Bands => bands;

    /// <summary>The pages per band for a capacity: each holds about <see cref="PageFill"/> entries at capacity.</summary>
    public static long PagesFor(long capacity) => Math.Max(1, (capacity + PageFill - 1) / PageFill);

    /// <summary>
    /// The signature bits for a capacity: band keys are made of rows × bits, and two unrelated documents share one by
    /// chance with probability 2^−(rows × bits) per band, so a query meets bands × capacity × 2^−(rows × bits) chance
    /// candidates. Enough bits to keep that under ½ at capacity, from 12 to 16.
    /// </summary>
    public static int SignatureBitsFor(long capacity, LshParameters parameters)
    {
        var needed = Math.Log2(2.0 * parameters.Bands * capacity) / parameters.Rows;
        return Math.Clamp((int)Math.Ceiling(needed), MinSignatureBits, MaxSignatureBits);
    }

    /// <summary>Keeps the low bits of each value.</summary>
    public ushort[] Truncate(MinHashSignature signature)
    {
        if (signature.Length != Permutations)
        {
            throw new ArgumentException($"A signature of {signature.Length} values does not fit an index of {Permutations} permutations.", nameof(signature));
        }

        var values = signature.Values;
        var result = new ushort[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = (ushort)(values[i] & valueMask);
        }

        return result;
    }

    /// <summary>The page and score of every band's bucket.</summary>
    public void Buckets(ReadOnlySpan<ushort> truncated, Span<(long Page, short Score)> buckets)
    {
        var band = MemoryMarshal.AsBytes(truncated);
        for (var b = 0; b < bands; b++)
        {
            var address = XxHash64.Hash(band.Slice(b * rows * sizeof(ushort), rows * sizeof(ushort)), (ulong)b + 1);
            buckets[b] = (Page(address), (short)((int)(address & ((1u << ScoreBits) - 1)) - (1 << (ScoreBits - 1))));
        }
    }

    /// <summary>
    /// An ordinal as a bucket-page member, shifted so that the index's first ordinals take a listpack's shortest
    /// integers (listpack integers are signed: 13 bits in 2 bytes, 16 in 3, 24 in 4). An index sized for up to 36,864
    /// documents puts ordinals 1–8,192 in 13 bits and the rest to 36,864 in 16; a larger one puts 1–65,536 in 16 bits.
    /// The shift follows from the page count, which the index stores.
    /// </summary>
    public RedisValue Member(long ordinal) => ordinal - MemberOffset;

    /// <summary>The ordinal of a bucket-page member.</summary>
    public long FromMember(RedisValue member) => (long)member + MemberOffset;

    /// <summary>The key-map page of a key hash.</summary>
    public long KeyPage(ulong id) => Page(id);

    /// <summary>
    /// A stored signature as a query sees it: where the low bits equal the query's value, the query's value (they are
    /// taken as equal, as b-bit MinHash does); elsewhere the stored bits, which can then equal no query value.
    /// Without a query, the stored bits: stored signatures compare among themselves bit for bit.
    /// </summary>
    public MinHashSignature Expand(ushort[] stored, MinHashSignature? query, int setSize, ulong seed)
    {
        var values = new uint[stored.Length];
        var q = query is null ? default : query.Values;
        for (var i = 0; i < stored.Length; i++)
        {
            values[i] = !q.IsEmpty && (q[i] & valueMask) == stored[i] ? q[i] : stored[i];
        }

        return new MinHashSignature(values, setSize, seed);
    }

    /// <summary>A page from the high 32 bits of an address, by multiply-shift: any page count, evenly.</summary>
    private long Page(ulong address) => (long)(((address >> 32) * Pages) >> 32);
}
