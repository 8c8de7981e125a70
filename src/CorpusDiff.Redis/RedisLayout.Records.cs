using System.Buffers.Binary;
using System.Text;
using CorpusDiff.Dedup;
using CorpusDiff.Text;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>
/// Document records and edges in pages (layout version 3). A record page <c>r:P</c> is one string holding the
/// fixed-size slots of <see cref="RecordsPerPage"/> consecutive ordinals (state, length, exact hash, date, packed
/// signature), read and written with GETRANGE and SETRANGE. A meta page <c>m:P</c> is a hash, kept by Redis as a
/// listpack, holding each slot's name (folder id, file name, id and path when they differ from what the key implies)
/// in chunks of at most <see cref="NameChunkBytes"/> bytes, and the slot's edges, one field per other end.
/// </summary>
/// <remarks>
/// One key per document cost ≈ 80 bytes of Redis bookkeeping (its dictionary entry, key string and object header,
/// more on a cluster) and the allocator's rounding of the record; a page shares that over its slots. Records are
/// fixed-size so that a slot's place in its page follows from its ordinal; the variable part (names) goes to the meta
/// page, whose listpack stores short strings and small integers with 1–2 bytes of overhead.
/// </remarks>
internal sealed partial class RedisLayout
{
    /// <summary>The fewest records a page holds.</summary>
    public const int MinRecordsPerPage = 8;

    /// <summary>The most records a page holds: a meta page keeps a name and room for ≈ 3 edge ends a document in its listpack.</summary>
    public const int MaxRecordsPerPage = RedisEncoding.ListpackMaxEntries / 4;

    /// <summary>The longest name chunk: a string a listpack stores behind a 1-byte header.</summary>
    public const int NameChunkBytes = RedisEncoding.ListpackShortStringBytes;

    /// <summary>The chunks a name is cut into at most (the last takes whatever is left of a name over 4 chunks).</summary>
    public const int NameChunks = 4;

    private const int SlotHeaderBytes = 17;

    /// <summary>Gets the bytes of one record slot: state, length, exact hash, day, packed signature.</summary>
    public int SlotBytes { get; }

    /// <summary>Gets the records (consecutive ordinals) per record page and meta page.</summary>
    public int RecordsPerPage { get; }

    /// <summary>Gets the offset of a record page's last byte, past its slots: writing it first creates the page at its full size.</summary>
    public long PadOffset => (long)RecordsPerPage * SlotBytes;

    /// <summary>
    /// The records per page for a slot size: the count, from <see cref="MinRecordsPerPage"/> to
    /// <see cref="MaxRecordsPerPage"/>, whose page (slots, the pad byte and the string header) wastes least of its
    /// allocation and of its key's bookkeeping per record, with jemalloc's size classes (Redis' default allocator).
    /// </summary>
    public static int RecordsPerPageFor(int slotBytes)
    {
        var best = MinRecordsPerPage;
        var bestCost = double.MaxValue;
        for (var d = MinRecordsPerPage; d <= MaxRecordsPerPage; d++)
        {
            // The key's bookkeeping is shared over the page's slots: what a page of d records costs each.
            var cost = (double)(RedisEncoding.AllocationSize(((long)d * slotBytes) + 1 + RedisEncoding.StringOverheadBytes) + RedisEncoding.KeyOverheadBytes) / d;
            if (cost <= bestCost)
            {
                (best, bestCost) = (d, cost);
            }
        }

        return best;
    }

    /// <summary>The page of an ordinal's record and meta entries, and its slot there.</summary>
    public (long Page, int Slot) Place(long ordinal) => (ordinal / RecordsPerPage, (int)(ordinal % RecordsPerPage));

    /// <summary>The ordinal in a page's slot.</summary>
    public long OrdinalOf(long page, int slot) => (page * RecordsPerPage) + slot;

    /// <summary>The meta-page fields that may hold a slot's name chunks.</summary>
    public RedisValue[] NameFields(int slot)
    {
        var fields = new RedisValue[NameChunks];
        for (var k = 0; k < fields.Length; k++)
        {
            fields[k] = slot + (k * RecordsPerPage);
        }

        return fields;
    }

    /// <summary>The slot a meta-page name field belongs to, or −1 for an edge field.</summary>
    public int NameSlot(long field) => field < 0 ? -1 : (int)(field % RecordsPerPage);

    /// <summary>The meta-page field of an edge from a slot to another document: negative, unique per slot and other end.</summary>
    public RedisValue EdgeField(int slot, long other) => -1 - ((other * RecordsPerPage) + slot);

    /// <summary>The slot and other end of a meta-page edge field (negative).</summary>
    public (int Slot, long Other) FromEdgeField(long field)
    {
        var value = -1 - field;
        return ((int)(value % RecordsPerPage), value / RecordsPerPage);
    }

    /// <summary>The folder part of a key (up to and with its last separator; empty when none) and its id in the folder table.</summary>
    public static (string Folder, ulong Id) FolderOf(string key)
    {
        var folder = key[..^Path.GetFileName(key).Length];
        return (folder, folder.Length == 0 ? 0 : XxHash64.HashString(folder) | 1);
    }

    /// <summary>Encodes a document's record slot, in state <see cref="RecordSlotState.Written"/>.</summary>
    public byte[] EncodeSlot(IndexedDocument document, ushort[] truncated)
    {
        var bytes = new byte[SlotBytes];
        var span = bytes.AsSpan();
        span[0] = (byte)RecordSlotState.Written;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], document.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(span[5..], document.ExactHash);
        BinaryPrimitives.WriteInt32LittleEndian(span[13..], document.Published?.DayNumber ?? -1);
        Pack(truncated, span[SlotHeaderBytes..]);
        return bytes;
    }

    /// <summary>
    /// Encodes a document's name in chunks for its meta page: flags, the folder's id (folders are stored once, in the
    /// folder table), the key's file name, and the id and path when they differ from the file name and key.
    /// </summary>
    public static RedisValue[] EncodeName(IndexedDocument document)
    {
        var fileName = Path.GetFileName(document.Key);
        var name = Encoding.UTF8.GetBytes(fileName);
        var id = document.Id == fileName ? null : Encoding.UTF8.GetBytes(document.Id);
        var path = document.Path is null || document.Path == document.Key ? null : Encoding.UTF8.GetBytes(document.Path);
        if (name.Length > ushort.MaxValue || id?.Length > ushort.MaxValue || path?.Length > ushort.MaxValue)
        {
            throw new ArgumentException($"The key '{document.Key}' or its id or path is too long for the index (64 KB).", nameof(document));
        }

        var flags = (document.Path is null ? RecordNameFlags.None : path is null ? RecordNameFlags.PathIsKey : RecordNameFlags.PathStored)
            | (id is null ? RecordNameFlags.None : RecordNameFlags.HasId);
        var prefixed = id is not null || path is not null;
        var bytes = new byte[9 + (prefixed ? 2 : 0) + name.Length + (id is null ? 0 : 2 + id.Length) + (path is null ? 0 : 2 + path.Length)];
        var span = bytes.AsSpan();
        span[0] = (byte)flags;
        BinaryPrimitives.WriteUInt64LittleEndian(span[1..], FolderOf(document.Key).Id);
        if (!prefixed)
        {
            name.CopyTo(span[9..]);
        }
        else
        {
            var at = Write(span, 9, name);
            if (id is not null)
            {
                at = Write(span, at, id);
            }

            if (path is not null)
            {
                _ = Write(span, at, path);
            }
        }

        var chunks = new List<RedisValue>(NameChunks);
        for (var at = 0; at < bytes.Length; at += NameChunkBytes)
        {
            // The last chunk takes the rest: a name that long makes its meta page a hash table, and stays whole.
            var last = chunks.Count == NameChunks - 1;
            chunks.Add(bytes.AsSpan(at, last ? bytes.Length - at : Math.Min(NameChunkBytes, bytes.Length - at)).ToArray());
            if (last)
            {
                break;
            }
        }

        return [.. chunks];
    }

    /// <summary>Decodes a record slot's state, numbers and signature; <see langword="null"/> when empty or malformed.</summary>
    public Slot? DecodeSlot(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < SlotBytes || (RecordSlotState)bytes[0] is not (RecordSlotState.Written or RecordSlotState.Complete))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]);
        var exact = BinaryPrimitives.ReadUInt64LittleEndian(bytes[5..]);
        var day = BinaryPrimitives.ReadInt32LittleEndian(bytes[13..]);
        if (length < 0 || day < -1 || day > DateOnly.MaxValue.DayNumber)
        {
            return null;
        }

        return new Slot((RecordSlotState)bytes[0] == RecordSlotState.Complete, length, exact, day < 0 ? null : DateOnly.FromDayNumber(day), Unpack(bytes.Slice(SlotHeaderBytes, SignatureBytes)));
    }

    /// <summary>
    /// Decodes a record from its slot and its name chunks (in field order; the first missing one ends the name), the
    /// key still without its folder (<see cref="Record.InFolder"/>); <see langword="null"/> when empty or malformed.
    /// </summary>
    public Record? Decode(ReadOnlySpan<byte> slotBytes, IReadOnlyList<RedisValue> nameChunks)
    {
        if (DecodeSlot(slotBytes) is not { } slot)
        {
            return null;
        }

        var buffer = new List<byte>(64);
        foreach (var chunk in nameChunks)
        {
            if (chunk.IsNull)
            {
                break;
            }

            buffer.AddRange((byte[])chunk!);
        }

        if (buffer.Count < 9)
        {
            return null;
        }

        try
        {
            var span = (ReadOnlySpan<byte>)buffer.ToArray();
            var flags = (RecordNameFlags)span[0];
            var folder = BinaryPrimitives.ReadUInt64LittleEndian(span[1..]);
            var pathKind = flags & RecordNameFlags.PathMask;
            string name;
            string? id = null;
            string? path = null;
            if ((flags & RecordNameFlags.HasId) == 0 && pathKind != RecordNameFlags.PathStored)
            {
                name = Encoding.UTF8.GetString(span[9..]);
            }
            else
            {
                var at = 9;
                name = Read(span, ref at);
                id = (flags & RecordNameFlags.HasId) != 0 ? Read(span, ref at) : null;
                path = pathKind == RecordNameFlags.PathStored ? Read(span, ref at) : null;
            }

            return pathKind == RecordNameFlags.PathMask
                ? null
                : new Record(slot.Complete, folder, name, name, id, pathKind, path, slot.Published, slot.Length, slot.ExactHash, slot.Signature);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>An edge's relation, kind and scores (to 4 decimals) as one integer: a listpack keeps it in 5 bytes.</summary>
    public static long EncodeEdge(IndexEdge edge)
    {
        var relation = edge.Relation switch
        {
            DedupRelation.Exact => 1L,
            DedupRelation.Contained => 2L,
            _ => 0L,
        };
        return relation | (edge.Estimated ? 4L : 0L) | (Scaled(edge.Jaccard) << 3) | (Scaled(edge.Containment) << 17);
    }

    /// <summary>The edge between two keys from its code; <see langword="null"/> when malformed.</summary>
    public static IndexEdge? DecodeEdge(string a, string b, long code)
    {
        var jaccard = (code >> 3) & 0x3FFF;
        var containment = (code >> 17) & 0x3FFF;
        if (code < 0 || code >> 31 != 0 || (code & 3) == 3 || jaccard > 10_000 || containment > 10_000)
        {
            return null;
        }

        var relation = (code & 3) switch
        {
            1 => DedupRelation.Exact,
            2 => DedupRelation.Contained,
            _ => DedupRelation.NearDuplicate,
        };
        return new IndexEdge(a, b, relation, jaccard / 10_000.0, containment / 10_000.0, (code & 4) != 0);
    }

    /// <summary>Whether an edge code is an estimate (a verified edge replaces it when both ends have one).</summary>
    public static bool IsEstimated(long code) => (code & 4) != 0;

    // Scores were stored as text to 4 decimals; the same rounding keeps every reported score as it was.
    private static long Scaled(double score) =>
        (long)Math.Round(Math.Clamp(double.IsNaN(score) ? 0 : score, 0, 1) * 10_000, MidpointRounding.AwayFromZero);

    private static int Write(Span<byte> span, int at, byte[] value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], (ushort)value.Length);
        value.CopyTo(span[(at + 2)..]);
        return at + 2 + value.Length;
    }

    private static string Read(ReadOnlySpan<byte> span, ref int at)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);
        var text = Encoding.UTF8.GetString(span.Slice(at + 2, length));
        at += 2 + length;
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

    /// <summary>A decoded record slot: what finding and deleting a document's buckets needs, and its numbers.</summary>
    internal sealed record Slot(bool Complete, int Length, ulong ExactHash, DateOnly? Published, ushort[] Signature);

    /// <summary>A decoded document record; <see cref="Key"/> is the file name until <see cref="InFolder"/> puts the folder in front.</summary>
    internal sealed record Record(bool Complete, ulong FolderId, string Name, string Key, string? StoredId, RecordNameFlags PathKind, string? StoredPath, DateOnly? Published, int Length, ulong ExactHash, ushort[] Signature)
    {
        public Record InFolder(string folder) => this with { Key = folder + Name };

        public IndexedDocument ToDocument(RedisLayout layout, MinHashSignature? query, ulong seed) =>
            new(Key, StoredId ?? Name, PathKind switch { RecordNameFlags.PathIsKey => Key, RecordNameFlags.PathStored => StoredPath, _ => null }, Published, Length, ExactHash, layout.Expand(Signature, query, Length, seed));
    }
}
