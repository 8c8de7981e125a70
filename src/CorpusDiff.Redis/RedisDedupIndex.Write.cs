using CorpusDiff.Dedup;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>Adding and removing documents and storing edges, a batch at a time.</summary>
public sealed partial class RedisDedupIndex
{
    private static readonly RedisValue CompleteFlag = new byte[] { (byte)RecordSlotState.Complete };

    private static readonly RedisValue Pad = new byte[] { 0 };

    /// <inheritdoc />
    public void Add(IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // Encoded before anything is written: a misfit signature or key must not leave a half-written batch.
        var truncated = new ushort[documents.Count][];
        var slots = new byte[documents.Count][];
        var names = new RedisValue[documents.Count][];
        for (var i = 0; i < documents.Count; i++)
        {
            truncated[i] = layout.Truncate(documents[i].Signature);
            slots[i] = layout.EncodeSlot(documents[i], truncated[i]);
            names[i] = RedisLayout.EncodeName(documents[i]);
        }

        for (var start = 0; start < documents.Count; start += BatchSize)
        {
            var end = Math.Min(documents.Count, start + BatchSize);
            var first = start;
            Guard(() => AddBatch(documents, first, end, truncated, slots, names, cancellationToken));
        }
    }

    /// <inheritdoc />
    public int Remove(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var removed = 0;
        for (var start = 0; start < keys.Count; start += BatchSize)
        {
            var batch = keys.Skip(start).Take(BatchSize).Distinct(StringComparer.Ordinal).ToArray();
            removed += Guard(() =>
            {
                var ids = batch.Select(RedisKeys.Id).ToArray();
                var old = ReadOld(ids, allocate: false, cancellationToken);
                var tasks = new List<Task>();
                var complete = 0;
                for (var i = 0; i < ids.Length; i++)
                {
                    if (old[i].Ordinal is not { } ordinal)
                    {
                        continue;
                    }

                    // Only a slot that was written is zeroed: zeroing one in a page never created would create it short.
                    var (page, slot) = layout.Place(ordinal);
                    if (old[i].Record is not null)
                    {
                        tasks.Add(database.StringSetRangeAsync(this.keys.Records(page), (long)slot * layout.SlotBytes, new byte[layout.SlotBytes]));
                    }

                    DeleteOwnMeta(page, slot, old[i], tasks);
                    DeleteBucketsAndEdges(ordinal, old[i], tasks);
                    tasks.Add(database.HashDeleteAsync(this.keys.KeyMap(layout.KeyPage(ids[i])), RedisKeys.KeyField(ids[i])));
                    complete += old[i].Record?.Complete == true ? 1 : 0;
                }

                if (complete > 0)
                {
                    tasks.Add(database.StringDecrementAsync(this.keys.Count, complete));
                }

                Wait([.. tasks], cancellationToken);
                foreach (var key in batch)
                {
                    ordinals.TryRemove(key, out _);
                }

                return old.Count(o => o.Record is not null || o.Edges.Length > 0);
            });
        }

        return removed;
    }

    /// <inheritdoc />
    public void AddEdges(IReadOnlyList<IndexEdge> edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        for (var start = 0; start < edges.Count; start += BatchSize)
        {
            var batch = edges.Skip(start).Take(BatchSize).ToArray();
            Guard(() =>
            {
                var ordinalOf = Resolve([.. batch.SelectMany(e => new[] { e.A, e.B })], cancellationToken);
                var tasks = new List<Task>(batch.Length * 2);
                foreach (var edge in batch)
                {
                    // An end that is not in the index (removed meanwhile) has nothing to hang the edge on.
                    if (ordinalOf.TryGetValue(edge.A, out var a) && ordinalOf.TryGetValue(edge.B, out var b))
                    {
                        var value = RedisLayout.EncodeEdge(edge);
                        var (pageA, slotA) = layout.Place(a);
                        var (pageB, slotB) = layout.Place(b);
                        tasks.Add(database.HashSetAsync(keys.Meta(pageA), layout.EdgeField(slotA, b), value));
                        tasks.Add(database.HashSetAsync(keys.Meta(pageB), layout.EdgeField(slotB, a), value));
                    }
                }

                Wait([.. tasks], cancellationToken);
                return 0;
            });
        }
    }

    private int AddBatch(IReadOnlyList<IndexedDocument> documents, int start, int end, ushort[][] truncated, byte[][] slots, RedisValue[][] names, CancellationToken cancellationToken)
    {
        var count = end - start;
        var ids = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = RedisKeys.Id(documents[start + i].Key);
        }

        var old = ReadOld(ids, allocate: true, cancellationToken);

        // New keys' ordinals go into the key map before anything refers to them: a run killed later leaves a
        // map entry that the rerun finds and reuses, never a record or bucket entry no key leads to.
        // Folders go into the folder table before any record names them.
        var fresh = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            if (old[i].Fresh)
            {
                fresh.Add(database.HashSetAsync(keys.KeyMap(layout.KeyPage(ids[i])), RedisKeys.KeyField(ids[i]), old[i].Ordinal!.Value));
            }
        }

        var newFolders = new Dictionary<ulong, string>();
        for (var i = start; i < end; i++)
        {
            var (folder, id) = RedisLayout.FolderOf(documents[i].Key);
            if (!folders.ContainsKey(id))
            {
                newFolders[id] = folder;
            }
        }

        foreach (var (id, folder) in newFolders)
        {
            fresh.Add(database.HashSetAsync(keys.Folders, unchecked((long)id), folder));
        }

        if (fresh.Count > 0)
        {
            Wait([.. fresh], cancellationToken);
        }

        foreach (var (id, folder) in newFolders)
        {
            folders[id] = folder;
        }

        // One pipeline: the old version's buckets and edges go, the new record is written (not yet complete) with its
        // name and buckets. Commands on one key travel in order on one connection, so a page the old and new versions
        // share is removed from and then added to in that order, and a record page's pad byte, sent first, creates the
        // page at its full size (Redis sizes a string SETRANGE creates exactly, but grows one by doubling).
        var tasks = new List<Task>(count * (4 + (2 * Parameters.Bands)));
        var padded = new HashSet<long>();
        for (var i = 0; i < count; i++)
        {
            var page = layout.Place(old[i].Ordinal!.Value).Page;
            if (padded.Add(page))
            {
                tasks.Add(database.StringSetRangeAsync(keys.Records(page), layout.PadOffset, Pad));
            }
        }

        Span<(long Page, short Score)> buckets = stackalloc (long, short)[Parameters.Bands];
        for (var i = 0; i < count; i++)
        {
            var ordinal = old[i].Ordinal!.Value;
            var (page, slot) = layout.Place(ordinal);
            DeleteBucketsAndEdges(ordinal, old[i], tasks);
            if (!old[i].Fresh)
            {
                DeleteOwnMeta(page, slot, old[i], tasks);
            }

            tasks.Add(database.StringSetRangeAsync(keys.Records(page), (long)slot * layout.SlotBytes, slots[start + i]));
            var nameFields = layout.NameFields(slot);
            var name = names[start + i];
            var entries = new HashEntry[name.Length];
            for (var k = 0; k < name.Length; k++)
            {
                entries[k] = new HashEntry(nameFields[k], name[k]);
            }

            tasks.Add(database.HashSetAsync(keys.Meta(page), entries));
            layout.Buckets(truncated[start + i], buckets);
            for (var band = 0; band < buckets.Length; band++)
            {
                tasks.Add(database.SortedSetAddAsync(keys.Bucket(band, buckets[band].Page), layout.Member(ordinal), buckets[band].Score));
            }
        }

        Wait([.. tasks], cancellationToken);

        // Only now, with every bucket written, do the documents become visible.
        var markers = new List<Task>(count + 1);
        for (var i = 0; i < count; i++)
        {
            var (page, slot) = layout.Place(old[i].Ordinal!.Value);
            markers.Add(database.StringSetRangeAsync(keys.Records(page), (long)slot * layout.SlotBytes, CompleteFlag));
        }

        var added = old.Count(o => o.Record?.Complete != true);
        if (added > 0)
        {
            markers.Add(database.StringIncrementAsync(keys.Count, added));
        }

        Wait([.. markers], cancellationToken);
        for (var i = 0; i < count; i++)
        {
            ordinals[documents[start + i].Key] = old[i].Ordinal!.Value;
        }

        return count;
    }

    /// <summary>
    /// What the keys held before a write, in two round trips: their ordinals from the key map; then their record
    /// slots and edges, and (with <paramref name="allocate"/>) new ordinals for the keys the map does not know.
    /// </summary>
    private Old[] ReadOld(ulong[] ids, bool allocate, CancellationToken cancellationToken)
    {
        var lookups = new Task<RedisValue>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            lookups[i] = database.HashGetAsync(keys.KeyMap(layout.KeyPage(ids[i])), RedisKeys.KeyField(ids[i]));
        }

        Wait(lookups, cancellationToken);
        var known = lookups.Select(t => t.Result.IsNull ? (long?)null : (long)t.Result).ToArray();
        var records = new Task<RedisValue>?[ids.Length];
        var metaFields = new Dictionary<long, Task<RedisValue[]>>();
        var tasks = new List<Task>(ids.Length * 2);
        for (var i = 0; i < ids.Length; i++)
        {
            if (known[i] is { } ordinal)
            {
                var (page, slot) = layout.Place(ordinal);
                var offset = (long)slot * layout.SlotBytes;
                tasks.Add(records[i] = database.StringGetRangeAsync(keys.Records(page), offset, offset + layout.SlotBytes - 1));
                if (!metaFields.ContainsKey(page))
                {
                    tasks.Add(metaFields[page] = database.HashKeysAsync(keys.Meta(page)));
                }
            }
        }

        var missing = known.Count(o => o is null);
        Task<long>? next = null;
        if (allocate && missing > 0)
        {
            tasks.Add(next = database.StringIncrementAsync(keys.Next, missing));
        }

        if (tasks.Count > 0)
        {
            Wait([.. tasks], cancellationToken);
        }

        var ordinal0 = next is null ? 0 : next.Result - missing + 1;
        var result = new Old[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (known[i] is { } ordinal)
            {
                var (page, slot) = layout.Place(ordinal);
                var edges = metaFields[page].Result.Select(f => (long)f).Where(f => f < 0).Select(layout.FromEdgeField).Where(e => e.Slot == slot).Select(e => e.Other);
                result[i] = new Old(ordinal, false, layout.DecodeSlot((byte[]?)records[i]!.Result), [.. edges]);
            }
            else
            {
                result[i] = new Old(next is null ? null : ordinal0++, next is not null, null, []);
            }
        }

        return result;
    }

    /// <summary>The ordinals of keys: from this run's adds where known, else from the key map (keys not found are left out).</summary>
    private Dictionary<string, long> Resolve(string[] keysToResolve, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var key in keysToResolve)
        {
            if (ordinals.TryGetValue(key, out var ordinal))
            {
                result[key] = ordinal;
            }
            else if (!result.ContainsKey(key) && !unknown.Contains(key))
            {
                unknown.Add(key);
            }
        }

        if (unknown.Count > 0)
        {
            var ids = unknown.Select(RedisKeys.Id).ToArray();
            var lookups = ids.Select(id => database.HashGetAsync(keys.KeyMap(layout.KeyPage(id)), RedisKeys.KeyField(id))).ToArray();
            Wait(lookups, cancellationToken);
            for (var i = 0; i < ids.Length; i++)
            {
                if (!lookups[i].Result.IsNull)
                {
                    result[unknown[i]] = (long)lookups[i].Result;
                }
            }
        }

        return result;
    }

    /// <summary>Deletes a slot's name chunks and its own ends of its edges from its meta page.</summary>
    private void DeleteOwnMeta(long page, int slot, Old old, List<Task> tasks) =>
        tasks.Add(database.HashDeleteAsync(keys.Meta(page), [.. layout.NameFields(slot), .. old.Edges.Select(other => layout.EdgeField(slot, other))]));

    /// <summary>Deletes the old version's bucket entries and the other ends of its edges.</summary>
    private void DeleteBucketsAndEdges(long ordinal, Old old, List<Task> tasks)
    {
        if (old.Record is { } record)
        {
            Span<(long Page, short Score)> buckets = stackalloc (long, short)[Parameters.Bands];
            layout.Buckets(record.Signature, buckets);
            for (var band = 0; band < buckets.Length; band++)
            {
                tasks.Add(database.SortedSetRemoveAsync(keys.Bucket(band, buckets[band].Page), layout.Member(ordinal)));
            }
        }

        foreach (var other in old.Edges)
        {
            var (page, slot) = layout.Place(other);
            tasks.Add(database.HashDeleteAsync(keys.Meta(page), layout.EdgeField(slot, ordinal)));
        }
    }

    /// <summary>What a key held before a write: its ordinal (new if <paramref name="Fresh"/>), its record slot (for its buckets and flag), its edges' other ends.</summary>
    private sealed record Old(long? Ordinal, bool Fresh, RedisLayout.Slot? Record, long[] Edges);
}
