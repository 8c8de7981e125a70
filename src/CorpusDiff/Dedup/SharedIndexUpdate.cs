namespace CorpusDiff.Dedup;

/// <summary>
/// Puts the outcome of one deduplication run into a shared index (<see cref="IDedupIndexStore"/>), in the order that
/// makes concurrent runs safe: first every input is added, then every input is queried. Of two runs adding
/// documents a and b at the same time, the one that queries last finds the other's document, so every pair is found
/// by at least one run. Pairs verified inside the run are stored as exact edges; matches with documents of other
/// runs as estimated edges. A run cut short can be repeated: re-adding a key replaces it.
/// </summary>
public static class SharedIndexUpdate
{
    /// <summary>Gets the index layout a deduplicator's options call for (permutations, seed, shingling tag, bands).</summary>
    /// <param name="options">The dedup options.</param>
    /// <returns>The index options.</returns>
    public static LshIndexOptions IndexOptionsFor(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LshIndexOptions
        {
            Threshold = options.CandidateThreshold(),
            Permutations = options.Permutations,
            Seed = options.Seed,
            FalsePositiveWeight = options.FalsePositiveWeight,
            FalseNegativeWeight = options.FalseNegativeWeight,
            Tag = TagOf(options),
        };
    }

    /// <summary>Gets the tag describing how signatures are made (shingle kind and size), as stored with an index.</summary>
    /// <param name="options">The dedup options.</param>
    /// <returns>For example <c>word:5</c>.</returns>
    public static string TagOf(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return FormattableString.Invariant($"{options.ShingleKind}:{options.ShingleSize}").ToLowerInvariant();
    }

    /// <summary>Says why an index built with <paramref name="stored"/> cannot take signatures made with <paramref name="options"/>.</summary>
    /// <param name="stored">The index's layout.</param>
    /// <param name="options">The run's options.</param>
    /// <returns>The reason, or <see langword="null"/> when they fit.</returns>
    public static string? Mismatch(LshIndexOptions stored, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var tag = TagOf(options);
        return stored.Permutations == options.Permutations && stored.Seed == options.Seed && stored.Tag == tag
            ? null
            : FormattableString.Invariant($"the index was built with {stored.Permutations} permutations, seed {stored.Seed}, shingles '{stored.Tag}'; this run uses {options.Permutations}, seed {options.Seed}, '{tag}'");
    }

    /// <summary>Gets the key a document is indexed under, by a shared index and by an index file alike.</summary>
    /// <param name="document">A document of a run.</param>
    /// <returns>Its full path, or its id when it was not read from a file.</returns>
    public static string KeyOf(DedupDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Path is null ? document.Id : Path.GetFullPath(document.Path);
    }

    /// <summary>Adds a run's documents to the index, queries them against everything in it, and stores the edges found.</summary>
    /// <param name="store">The shared index.</param>
    /// <param name="options">The options the run deduplicated with (MinHash).</param>
    /// <param name="result">The run's result; every document must carry a signature.</param>
    /// <param name="keyOf">The index key of a document (its full path, for files).</param>
    /// <param name="cancellationToken">Cancels the run; it can be repeated safely.</param>
    /// <returns>What the run did.</returns>
    /// <exception cref="ArgumentException">The index's layout does not fit the options, or a document has no signature.</exception>
    public static SharedIndexReport Run(IDedupIndexStore store, DedupOptions options, DedupResult result, Func<DedupDocument, string> keyOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(keyOf);
        if (Mismatch(store.Options, options) is { } reason)
        {
            throw new ArgumentException($"{store.Name}: {reason}.", nameof(store));
        }

        var documents = new List<IndexedDocument>(result.Documents.Count);
        var keyById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in result.Documents)
        {
            var signature = d.Signature ?? throw new ArgumentException($"The document '{d.Id}' has no MinHash signature.", nameof(result));
            var key = keyOf(d);
            keyById[d.Id] = key;
            documents.Add(new IndexedDocument(key, d.Id, d.Path, d.Published, d.Shingles, d.ExactHash, signature));
        }

        var before = store.Count(cancellationToken);
        store.Add(documents, cancellationToken);

        var own = new HashSet<string>(keyById.Values, StringComparer.Ordinal);
        var candidates = store.Query([.. documents.Select(d => d.Signature)], cancellationToken);
        var matches = new List<DedupIndexMatch>();
        var edges = new List<IndexEdge>();
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var other in candidates[i])
            {
                // Pairs inside the run were verified on exact sets already; an estimate would only be worse.
                if (own.Contains(other.Key) || EstimatedRelation.Classify(documents[i], other, options) is not { } edge)
                {
                    continue;
                }

                edges.Add(edge);
                matches.Add(new DedupIndexMatch(documents[i].Id, other.Key, documents[i].Signature.EstimateJaccard(other.Signature), documents[i].Signature.EstimateContainment(other.Signature)));
            }
        }

        foreach (var p in result.Pairs)
        {
            edges.Add(new IndexEdge(keyById[p.A], keyById[p.B], p.Relation, p.Jaccard, p.Containment, Estimated: false));
        }

        store.AddEdges(edges, cancellationToken);
        return new SharedIndexReport(store.Name, before, store.Count(cancellationToken), matches, edges.Count);
    }
}
