using CorpusDiff.Text;
using System.Runtime.InteropServices;

namespace CorpusDiff.Dedup;

/// <summary>
/// Groups everything in an index: the union of the stored edges (connected components), a representative per group
/// chosen as the deduplicator chooses it, and each member's relation to it — the same <see cref="DedupResult"/> shape a
/// run over all the documents at once gives. Texts are not kept in an index, so scores of pairs that no run verified
/// are MinHash estimates.
/// </summary>
public static class IndexGroups
{
    /// <summary>Groups a shared index's documents over its stored edges.</summary>
    /// <param name="store">The index.</param>
    /// <param name="options">Thresholds and representative choice.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Every complete document in exactly one group.</returns>
    public static DedupResult Build(IDedupIndexStore store, DedupOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var documents = store.Documents(cancellationToken);
        var edges = store.Edges(cancellationToken);
        return Build(documents, edges, options);
    }

    /// <summary>
    /// Groups the entries of an index file. A file keeps signatures only (no edges, dates or exact hashes): edges are
    /// found by querying every entry against the index and judging the estimated scores; ids are file names.
    /// </summary>
    /// <param name="index">The loaded index.</param>
    /// <param name="options">Thresholds and representative choice.</param>
    /// <returns>Every entry in exactly one group.</returns>
    public static DedupResult Build(LshIndex index, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        var documents = new List<IndexedDocument>();
        var byKey = new Dictionary<string, IndexedDocument>(StringComparer.Ordinal);
        foreach (var (key, signature) in index.Storage.Snapshot())
        {
            // No exact hash is stored: equal signatures and sizes stand in for it (EstimatedRelation also compares them).
            var stand = XxHash64.Hash(MemoryMarshal.AsBytes(signature.Values), (ulong)signature.SetSize);
            var document = new IndexedDocument(key, Path.GetFileName(key), key, null, signature.SetSize, stand, signature);
            documents.Add(document);
            byKey[key] = document;
        }

        var edges = new List<IndexEdge>();
        foreach (var document in documents)
        {
            foreach (var key in index.QueryKeys(document.Signature))
            {
                if (string.CompareOrdinal(document.Key, key) < 0 && EstimatedRelation.Classify(document, byKey[key], options) is { } edge)
                {
                    edges.Add(edge);
                }
            }
        }

        return Build(documents, edges, options);
    }

    /// <summary>Groups documents over edges; edges naming a document not in the list are ignored.</summary>
    /// <param name="documents">The documents, in the order groups and the documents list follow.</param>
    /// <param name="edges">The edges.</param>
    /// <param name="options">Thresholds and representative choice.</param>
    /// <returns>Every document in exactly one group; pairs are the edges, one per document pair (a verified one preferred).</returns>
    public static DedupResult Build(IReadOnlyList<IndexedDocument> documents, IReadOnlyList<IndexEdge> edges, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(options);
        var position = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            position.TryAdd(documents[i].Key, i);
        }

        var ids = DisplayIds(documents);
        var direct = new Dictionary<(int, int), IndexEdge>();
        foreach (var edge in edges)
        {
            if (!position.TryGetValue(edge.A, out var a) || !position.TryGetValue(edge.B, out var b) || a == b)
            {
                continue;
            }

            var pair = a < b ? (a, b) : (b, a);
            if (!direct.TryGetValue(pair, out var known) || (known.Estimated && !edge.Estimated))
            {
                direct[pair] = edge;
            }
        }

        var union = new UnionFind(documents.Count);
        var strongest = new DedupRelation?[documents.Count];
        var ordered = direct.OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2).ToList();
        var pairs = new List<DedupPair>(ordered.Count);
        foreach (var ((a, b), edge) in ordered)
        {
            union.Union(a, b);
            strongest[a] = GroupRules.Stronger(strongest[a], edge.Relation);
            strongest[b] = GroupRules.Stronger(strongest[b], edge.Relation);
            pairs.Add(new DedupPair(ids[a], ids[b], edge.Relation, edge.Jaccard, edge.Containment, documents[a].Signature.EstimateJaccard(documents[b].Signature), Score(edge.Relation, edge.Jaccard, edge.Containment)));
        }

        var components = union.Components();
        var groups = new List<DedupGroup>(components.Count);
        foreach (var members in components)
        {
            var rep = ChooseRepresentative(documents, members, options);
            var list = new List<DedupMember>(members.Count) { new(ids[rep], DedupRelation.Representative, 1, 1, 1) };
            foreach (var m in members)
            {
                if (m != rep)
                {
                    list.Add(Member(documents, direct, strongest, m, rep, ids[m], options));
                }
            }

            groups.Add(new DedupGroup(ids[rep], list));
        }

        var result = documents.Select((d, i) => new DedupDocument(ids[i], d.Path, d.Published, d.Length, d.ExactHash, d.Signature)).ToList();
        return new DedupResult(result, groups, pairs, edges.Count);
    }

    private static DedupMember Member(IReadOnlyList<IndexedDocument> documents, Dictionary<(int, int), IndexEdge> direct, DedupRelation?[] strongest, int m, int rep, string id, DedupOptions options)
    {
        if (direct.TryGetValue(m < rep ? (m, rep) : (rep, m), out var edge))
        {
            return new DedupMember(id, edge.Relation, edge.Jaccard, edge.Containment, Score(edge.Relation, edge.Jaccard, edge.Containment));
        }

        var member = documents[m];
        var representative = documents[rep];
        if (EstimatedRelation.Classify(member, representative, options) is { } estimated)
        {
            return new DedupMember(id, estimated.Relation, estimated.Jaccard, estimated.Containment, Score(estimated.Relation, estimated.Jaccard, estimated.Containment));
        }

        // Linked to the representative only through other members: the strongest relation it takes part in.
        var relation = strongest[m] is DedupRelation.Exact or null ? DedupRelation.NearDuplicate : strongest[m]!.Value;
        var jaccard = member.Signature.EstimateJaccard(representative.Signature);
        var containment = member.Signature.EstimateContainment(representative.Signature);
        return new DedupMember(id, relation, jaccard, containment, Score(relation, jaccard, containment));
    }

    // An index keeps shingle-set estimates only, so the score of the rule behind a relation is the set measure it rests on.
    private static double Score(DedupRelation relation, double jaccard, double containment) => relation switch
    {
        DedupRelation.Exact or DedupRelation.Representative => 1,
        DedupRelation.Contained => containment,
        _ => jaccard,
    };

    // Ties on length go to the smaller key (unique in an index), so the choice does not depend on the store's order.
    private static int ChooseRepresentative(IReadOnlyList<IndexedDocument> documents, List<int> members, DedupOptions options) =>
        GroupRules.ChooseRepresentative(members, options.Representative, m => documents[m].Published, m => Completeness(documents, members, m), m => documents[m].Length, m => documents[m].Key);

    private static double Completeness(IReadOnlyList<IndexedDocument> documents, List<int> members, int candidate)
    {
        var own = documents[candidate].Signature;
        var total = 0.0;
        foreach (var other in members)
        {
            var signature = documents[other].Signature;
            if (other != candidate && signature.SetSize > 0)
            {
                // The estimated share of the other's shingles found in the candidate: |A∩B| / |B|.
                var j = own.EstimateJaccard(signature);
                total += Math.Min(1, j * (own.SetSize + signature.SetSize) / (1 + j) / signature.SetSize);
            }
        }

        return total;
    }

    private static string[] DisplayIds(IReadOnlyList<IndexedDocument> documents)
    {
        // Runs name documents by file name; two runs may each have a "0001.txt": those show their full key instead.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            counts[d.Id] = counts.GetValueOrDefault(d.Id) + 1;
        }

        return [.. documents.Select(d => counts[d.Id] > 1 ? d.Key : d.Id)];
    }
}
