using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using CorpusDiff.Dedup;
using CorpusDiff.Text;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>
/// How layout version 2 packs an index: b-bit signatures (the low <see cref="SignatureBits"/> bits of each MinHash
/// value, 12 to 16 by capacity), bucket addresses (page and score) derived from them, and the binary document record.
/// </summary>
/// <remarks>
/// Bucket pages are sorted sets, one per band and page: score = 16 bits of the band's address, member = the
/// document's ordinal. A page holds about <see cref="PageFill"/> entries at the index's capacity, so Redis keeps it in
/// its compact listpack encoding (≤ 128 entries by default: ≈ 7–8 bytes per entry, a 13-bit score and an ordinal,
/// instead of a key of ≈ 90 bytes per bucket). Because each document sits in exactly one bucket per band, its ordinal is unique within a page: ZADD and
/// ZREM are atomic and idempotent, with no script.
/// </remarks>
internal sealed class RedisLayout
{
    /// <summary>The fewest bits kept of each signature value: collisions of unequal values add at most 2⁻¹² to a Jaccard estimate.</summary>
    public const int MinSignatureBits = 12;

    /// <summary>The most bits kept of each signature value.</summary>
    public const int MaxSignatureBits = 16;

    /// <summary>The entries a page averages at capacity: under Redis' listpack limit of 128 (a page holds more than 128 with probability 10⁻⁶ at capacity, 1 % at 1.3 × capacity).</summary>
    public const int PageFill = 80;

    /// <summary>Bits of a bucket address kept as its score: a listpack stores a score from −4,096 to 4,095 in 2 bytes.</summary>
    public const int ScoreBits = 13;

    private const int HeaderBytes = 25;
    private const ushort SameAsFileName = ushort.MaxValue;

    private readonly int bands;
    private readonly int rows;

    private readonly uint valueMask;

    public RedisLayout(int permutations, LshParameters parameters, long pages, int signatureBits)
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

    /// <summary>The folder part of a key (up to and with its last separator; empty when none) and its id in the folder table.</summary>
    public static (string Folder, ulong Id) FolderOf(string key)
    {
        var folder = key[..^Path.GetFileName(key).Length];
        return (folder, folder.Length == 0 ? 0 : XxHash64.HashString(folder) | 1);
    }

    /// <summary>
    /// Encodes a document record: a completion flag (0 here), the numbers, the folder's id, the packed signature, the
    /// key's file name, the id and path when they differ from the file name and key. Folders are stored once, in the
    /// index's folder table: a key's folder is the longest part of most keys.
    /// </summary>
    public byte[] Encode(IndexedDocument document, ushort[] truncated)
    {
        var fileName = Path.GetFileName(document.Key);
        var key = Encoding.UTF8.GetBytes(fileName);
        var id = document.Id == fileName ? null : Encoding.UTF8.GetBytes(document.Id);
        var path = document.Path is null || document.Path == document.Key ? null : Encoding.UTF8.GetBytes(document.Path);
        if (key.Length >= SameAsFileName || id?.Length >= SameAsFileName || path?.Length >= SameAsFileName)
        {
            throw new ArgumentException($"The key '{document.Key}' or its id or path is too long for the index (64 KB).", nameof(document));
        }

        var bytes = new byte[HeaderBytes + SignatureBytes + 2 + key.Length + 2 + (id?.Length ?? 0) + 1 + (path is null ? 0 : 2 + path.Length)];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], document.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(span[5..], document.ExactHash);
        BinaryPrimitives.WriteInt32LittleEndian(span[13..], document.Published?.DayNumber ?? -1);
        BinaryPrimitives.WriteUInt64LittleEndian(span[17..], FolderOf(document.Key).Id);
        Pack(truncated, span.Slice(HeaderBytes, SignatureBytes));
        var at = HeaderBytes + SignatureBytes;
        at = Write(span, at, key);
        if (id is null)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], SameAsFileName);
            at += 2;
        }
        else
        {
            at = Write(span, at, id);
        }

        span[at++] = document.Path is null ? (byte)0 : path is null ? (byte)1 : (byte)2;
        if (path is not null)
        {
            _ = Write(span, at, path);
        }

        return bytes;
    }

    /// <summary>Decodes a record, its key still without its folder (<see cref="Record.InFolder"/>); <see langword="null"/> when malformed (not written by this layout).</summary>
    public Record? Decode(byte[]? bytes)
    {
        if (bytes is null || bytes.Length < HeaderBytes + SignatureBytes + 5)
        {
            return null;
        }

        try
        {
            var span = bytes.AsSpan();
            var length = BinaryPrimitives.ReadInt32LittleEndian(span[1..]);
            var exact = BinaryPrimitives.ReadUInt64LittleEndian(span[5..]);
            var day = BinaryPrimitives.ReadInt32LittleEndian(span[13..]);
            var folder = BinaryPrimitives.ReadUInt64LittleEndian(span[17..]);
            var truncated = Unpack(span.Slice(HeaderBytes, SignatureBytes));
            var at = HeaderBytes + SignatureBytes;
            var name = Read(span, ref at)!;
            var id = Read(span, ref at);
            var pathKind = span[at++];
            var path = pathKind == 2 ? Read(span, ref at) : null;
            DateOnly? published = day < 0 ? null : DateOnly.FromDayNumber(day);
            return length < 0 ? null : new Record(bytes[0] == 1, folder, name, name, id, pathKind, path, published, length, exact, truncated);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A page from the high 32 bits of an address, by multiply-shift: any page count, evenly.</summary>
    private long Page(ulong address) => (long)(((address >> 32) * Pages) >> 32);

    private static int Write(Span<byte> span, int at, byte[] value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], (ushort)value.Length);
        value.CopyTo(span[(at + 2)..]);
        return at + 2 + value.Length;
    }

    private static string? Read(ReadOnlySpan<byte> span, ref int at)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);
        at += 2;
        if (length == SameAsFileName)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(span.Slice(at, length));
        at += length;
        return text;
    }

    private void Pack(ReadOnlySpan<ushort> values, Span<byte> bytes)
    {
        var bit = 0;
        foreach (var v in values)
        {
            for (var k = 0; k < SignatureBits; k++, bit++)
            {
                if ((v & (1 << k)) != 0)
                {
                    bytes[bit >> 3] |= (byte)(1 << (bit & 7));
                }
            }
        }
    }

    private ushort[] Unpack(ReadOnlySpan<byte> bytes)
    {
        var values = new ushort[Permutations];
        var bit = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = 0;
            for (var k = 0; k < SignatureBits; k++, bit++)
            {
                v |= ((bytes[bit >> 3] >> (bit & 7)) & 1) << k;
            }

            values[i] = (ushort)v;
        }

        return values;
    }

    /// <summary>A decoded document record; <see cref="Key"/> is the file name until <see cref="InFolder"/> puts the folder in front.</summary>
    internal sealed record Record(bool Complete, ulong FolderId, string Name, string Key, string? StoredId, byte PathKind, string? StoredPath, DateOnly? Published, int Length, ulong ExactHash, ushort[] Signature)
    {
        public Record InFolder(string folder) => this with { Key = folder + Name };

        public IndexedDocument ToDocument(RedisLayout layout, MinHashSignature? query, ulong seed) =>
            new(Key, StoredId ?? Name, PathKind switch { 0 => null, 1 => Key, _ => StoredPath }, Published, Length, ExactHash, layout.Expand(Signature, query, Length, seed));
    }
}
