using System.Diagnostics.CodeAnalysis;

namespace CorpusDiff.Dedup;

/// <summary>
/// Where an <see cref="LshIndex"/> keeps its entries and band buckets. <see cref="InMemoryLshStorage"/> is the default;
/// implement this to back an index with a shared external store. Implementations must be thread-safe.
/// </summary>
public interface ILshStorage
{
    /// <summary>Gets the number of entries.</summary>
    int Count { get; }

    /// <summary>Adds an entry and puts its key into one bucket per band.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="signature">The entry's signature.</param>
    /// <param name="bucketKeys">The bucket of each band, in band order.</param>
    /// <returns><see langword="false"/> when the key is already stored (nothing changes).</returns>
    bool TryAdd(string key, MinHashSignature signature, ReadOnlySpan<ulong> bucketKeys);

    /// <summary>Removes an entry from the entries and from its buckets.</summary>
    /// <param name="key">The entry's key.</param>
    /// <returns><see langword="false"/> when the key was not stored.</returns>
    bool Remove(string key);

    /// <summary>Gets an entry's signature.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="signature">The signature, when found.</param>
    /// <returns>Whether the key is stored.</returns>
    bool TryGetSignature(string key, [NotNullWhen(true)] out MinHashSignature? signature);

    /// <summary>Adds the keys in one band's bucket to a set.</summary>
    /// <param name="band">The band index.</param>
    /// <param name="bucketKey">The bucket key.</param>
    /// <param name="into">The set the keys are added to.</param>
    void CollectBucket(int band, ulong bucketKey, ISet<string> into);

    /// <summary>Returns a snapshot of every entry, in key order (ordinal), so saved files are deterministic.</summary>
    /// <returns>The entries.</returns>
    IReadOnlyList<KeyValuePair<string, MinHashSignature>> Snapshot();
}
