namespace CorpusDiff.Dedup;

/// <summary>
/// A MinHash LSH index: signatures are cut into bands, each band hashed into a bucket; a query returns the entries
/// sharing at least one bucket, with their estimated Jaccard similarity and containment. Bands and rows come from
/// the threshold (<see cref="LshParameters.Optimal"/>) unless given. Adds, removes and queries may run concurrently
/// from several threads. Entries live in an <see cref="ILshStorage"/> (in memory by default); the index can be saved
/// to and loaded from a versioned, checksummed file (<see cref="Save(string)"/>, <see cref="Load(string, ILshStorage?)"/>).
/// </summary>
public sealed partial class LshIndex
{
    private readonly ILshStorage storage;

    /// <summary>Initializes an empty index.</summary>
    /// <param name="options">The layout; <see langword="null"/> for the defaults (threshold 0.8, 128 permutations, seed 1).</param>
    /// <param name="storage">Where entries live; <see langword="null"/> for a new <see cref="InMemoryLshStorage"/>. It must be empty.</param>
    public LshIndex(LshIndexOptions? options = null, ILshStorage? storage = null)
    {
        options = Settings.Checked(options ?? new LshIndexOptions());
        Options = options;
        Parameters = options.Parameters ?? LshParameters.Optimal(options.Threshold, options.Permutations, options.FalsePositiveWeight, options.FalseNegativeWeight);
        this.storage = storage ?? new InMemoryLshStorage();
        if (this.storage.Count != 0)
        {
            throw new ArgumentException("The storage of a new index must be empty.", nameof(storage));
        }
    }

    /// <summary>Gets the options the index was built with.</summary>
    public LshIndexOptions Options { get; }

    /// <summary>Gets the bands and rows in use.</summary>
    public LshParameters Parameters { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count => storage.Count;

    /// <summary>Gets the storage holding the entries.</summary>
    public ILshStorage Storage => storage;

    /// <summary>Adds an entry. Safe to call from several threads at once.</summary>
    /// <param name="key">A unique key.</param>
    /// <param name="signature">Its signature, made with the index's permutations and seed.</param>
    /// <exception cref="ArgumentException">The key is already indexed, or the signature does not fit the index.</exception>
    public void Add(string key, MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckSignature(signature);
        Span<ulong> buckets = stackalloc ulong[Parameters.Bands];
        BucketKeys(signature, buckets);
        if (!storage.TryAdd(key, signature, buckets))
        {
            throw new ArgumentException($"The key '{key}' is already in the index; remove it first to replace it.", nameof(key));
        }
    }

    /// <summary>Removes an entry.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether the key was indexed.</returns>
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return storage.Remove(key);
    }

    /// <summary>Returns whether a key is indexed.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when indexed.</returns>
    public bool Contains(string key) => storage.TryGetSignature(key, out _);

    /// <summary>Gets an indexed entry's signature.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The signature, or <see langword="null"/> when the key is not indexed.</returns>
    public MinHashSignature? GetSignature(string key) => storage.TryGetSignature(key, out var s) ? s : null;

    /// <summary>
    /// Returns the entries sharing at least one band bucket with <paramref name="signature"/>, best estimated Jaccard
    /// first (ties by key), each with its estimated scores. Candidates are not verified: verify them on exact sets.
    /// </summary>
    /// <param name="signature">The query's signature.</param>
    /// <returns>The candidates.</returns>
    public IReadOnlyList<LshCandidate> Query(MinHashSignature signature)
    {
        var keys = QueryKeys(signature);
        var result = new List<LshCandidate>(keys.Count);
        foreach (var key in keys)
        {
            if (storage.TryGetSignature(key, out var other))
            {
                result.Add(new LshCandidate(key, signature.EstimateJaccard(other), signature.EstimateContainment(other)));
            }
        }

        result.Sort(static (x, y) => y.EstimatedJaccard != x.EstimatedJaccard
            ? y.EstimatedJaccard.CompareTo(x.EstimatedJaccard)
            : string.CompareOrdinal(x.Key, y.Key));
        return result;
    }

    /// <summary>Returns the keys sharing at least one band bucket with <paramref name="signature"/>, without scores.</summary>
    /// <param name="signature">The query's signature.</param>
    /// <returns>The candidate keys, unordered.</returns>
    public IReadOnlyCollection<string> QueryKeys(MinHashSignature signature)
    {
        CheckSignature(signature);
        Span<ulong> buckets = stackalloc ulong[Parameters.Bands];
        BucketKeys(signature, buckets);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var band = 0; band < buckets.Length; band++)
        {
            storage.CollectBucket(band, buckets[band], keys);
        }

        return keys;
    }

    /// <summary>
    /// Computes a signature's band bucket keys, one per band (xxHash64 of the band's values, seeded with the band index):
    /// what an external <see cref="ILshStorage"/> or <see cref="IDedupIndexStore"/> files the signature under.
    /// </summary>
    /// <param name="signature">A signature made with the index's permutations and seed.</param>
    /// <param name="into">Receives <see cref="LshParameters.Bands"/> keys.</param>
    /// <exception cref="ArgumentException">The signature does not fit the index, or <paramref name="into"/> is too short.</exception>
    public void GetBucketKeys(MinHashSignature signature, Span<ulong> into)
    {
        CheckSignature(signature);
        if (into.Length < Parameters.Bands)
        {
            throw new ArgumentException($"The span holds {into.Length} keys; the index has {Parameters.Bands} bands.", nameof(into));
        }

        BucketKeys(signature, into[..Parameters.Bands]);
    }

    private void BucketKeys(MinHashSignature signature, Span<ulong> into)
    {
        for (var band = 0; band < into.Length; band++)
        {
            into[band] = Parameters.BandKey(signature, band);
        }
    }

    private void CheckSignature(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length != Options.Permutations || signature.Seed != Options.Seed)
        {
            throw new ArgumentException(
                $"The signature has {signature.Length} permutations with seed {signature.Seed}; this index takes {Options.Permutations} with seed {Options.Seed}.",
                nameof(signature));
        }
    }
}
