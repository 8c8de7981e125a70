using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace CorpusDiff.Dedup;

/// <summary>
/// The default <see cref="ILshStorage"/>: entries in a concurrent dictionary, one bucket table per band, each band
/// under its own lock so concurrent adds to different bands do not wait for each other.
/// </summary>
/// <remarks>
/// Memory: per entry the signature (4 bytes × permutations), its bucket keys (8 bytes × bands) and one bucket slot per
/// band; a bucket holding a single key stores the key itself, not a list, because most buckets hold one key.
/// A query running during an add may see the new entry in some bands and not others.
/// </remarks>
public sealed class InMemoryLshStorage : ILshStorage
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock growLock = new();
    private Band[] bands = [];

    /// <inheritdoc />
    public int Count => entries.Count;

    /// <inheritdoc />
    public bool TryAdd(string key, MinHashSignature signature, ReadOnlySpan<ulong> bucketKeys)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(signature);
        var keys = bucketKeys.ToArray();
        if (!entries.TryAdd(key, new Entry(signature, keys)))
        {
            return false;
        }

        var tables = BandsFor(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            tables[i].Add(keys[i], key);
        }

        return true;
    }

    /// <inheritdoc />
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!entries.TryRemove(key, out var entry))
        {
            return false;
        }

        var tables = Volatile.Read(ref bands);
        for (var i = 0; i < entry.BucketKeys.Length && i < tables.Length; i++)
        {
            tables[i].Remove(entry.BucketKeys[i], key);
        }

        return true;
    }

    /// <inheritdoc />
    public bool TryGetSignature(string key, [NotNullWhen(true)] out MinHashSignature? signature)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (entries.TryGetValue(key, out var entry))
        {
            signature = entry.Signature;
            return true;
        }

        signature = null;
        return false;
    }

    /// <inheritdoc />
    public void CollectBucket(int band, ulong bucketKey, ISet<string> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var tables = Volatile.Read(ref bands);
        if (band >= 0 && band < tables.Length)
        {
            tables[band].Collect(bucketKey, into);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, MinHashSignature>> Snapshot() =>
        entries.Select(e => new KeyValuePair<string, MinHashSignature>(e.Key, e.Value.Signature))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();

    private Band[] BandsFor(int count)
    {
        var tables = Volatile.Read(ref bands);
        if (tables.Length >= count)
        {
            return tables;
        }

        lock (growLock)
        {
            if (bands.Length < count)
            {
                var grown = new Band[count];
                Array.Copy(bands, grown, bands.Length);
                for (var i = bands.Length; i < count; i++)
                {
                    grown[i] = new Band();
                }

                Volatile.Write(ref bands, grown);
            }

            return bands;
        }
    }

    private sealed record Entry(MinHashSignature Signature, ulong[] BucketKeys);

    private sealed class Band
    {
        // A bucket is a string (one key) or a List<string> (several): most buckets hold one key.
        private readonly Dictionary<ulong, object> buckets = [];
        private readonly Lock gate = new();

        public void Add(ulong bucket, string key)
        {
            lock (gate)
            {
                if (!buckets.TryGetValue(bucket, out var existing))
                {
                    buckets[bucket] = key;
                }
                else if (existing is List<string> list)
                {
                    list.Add(key);
                }
                else
                {
                    buckets[bucket] = new List<string>(2) { (string)existing, key };
                }
            }
        }

        public void Remove(ulong bucket, string key)
        {
            lock (gate)
            {
                if (!buckets.TryGetValue(bucket, out var existing))
                {
                    return;
                }

                if (existing is List<string> list)
                {
                    list.Remove(key);
                    if (list.Count == 1)
                    {
                        buckets[bucket] = list[0];
                    }
                }
                else if ((string)existing == key)
                {
                    buckets.Remove(bucket);
                }
            }
        }

        public void Collect(ulong bucket, ISet<string> into)
        {
            lock (gate)
            {
                if (!buckets.TryGetValue(bucket, out var existing))
                {
                    return;
                }

                if (existing is List<string> list)
                {
                    foreach (var key in list)
                    {
                        into.Add(key);
                    }
                }
                else
                {
                    into.Add((string)existing);
                }
            }
        }
    }
}
