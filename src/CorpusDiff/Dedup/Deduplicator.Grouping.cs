using System.Collections.Concurrent;

namespace CorpusDiff.Dedup;

/// <summary>Candidate generation, verification and grouping.</summary>
public sealed partial class Deduplicator
{
    private DedupResult Resolve(Sketch[] sketches, CancellationToken cancellationToken)
    {
        var union = new UnionFind(sketches.Length);
        var pairs = new List<Verified>();

        // Exact classes first: later copies join the first one and take no part in candidate generation.
        var firstByHash = new Dictionary<ulong, int>();
        var primaries = new List<int>();
        foreach (var s in sketches)
        {
            if (s.Empty)
            {
                // An empty document has nothing to be a copy of: it stays alone, listed as empty.
                continue;
            }

            if (firstByHash.TryGetValue(s.ExactHash, out var first) && sketches[first].Set.AsSpan().SequenceEqual(s.Set))
            {
                pairs.Add(new Verified(first, s.Index, DedupRelation.Exact, 1, 1, s.Signature is null ? null : 1));
            }
            else
            {
                firstByHash.TryAdd(s.ExactHash, s.Index);
                primaries.Add(s.Index);
            }
        }

        long candidates = 0;
        var found = new ConcurrentBag<Verified>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        if (Options.Method == DedupMethod.MinHash)
        {
            var parameters = LshParameters.Optimal(Options.CandidateThreshold(), Options.Permutations, Options.FalsePositiveWeight, Options.FalseNegativeWeight);
            var signatures = sketches.Select(s => s.Signature!).ToArray();
            var pairsToVerify = BandedCandidates.Find(signatures, primaries, parameters, cancellationToken);
            candidates = pairsToVerify.Count;
            Parallel.ForEach(pairsToVerify, parallel, pair => Verify(sketches[pair.A], sketches[pair.B], found));
        }
        else if (Options.Method == DedupMethod.SimHash)
        {
            var index = new SimHashIndex(Options.SimHashDistance);
            foreach (var p in primaries)
            {
                index.Add(sketches[p].SimHash);
            }

            Parallel.For(0, primaries.Count, parallel, i =>
            {
                var a = sketches[primaries[i]];
                foreach (var j in index.Query(a.SimHash))
                {
                    if (j > i)
                    {
                        Interlocked.Increment(ref candidates);
                        Verify(a, sketches[primaries[j]], found);
                    }
                }
            });
        }

        pairs.AddRange(found);
        pairs.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        foreach (var pair in pairs)
        {
            union.Union(pair.A, pair.B);
        }

        var groups = BuildGroups(sketches, union, pairs);
        var documents = sketches.Select(s => new DedupDocument(s.Id, s.Path, s.Published, s.Set.Length, s.ExactHash, s.Signature) { IsEmpty = s.Empty }).ToList();
        var pairRecords = pairs.Select(p => new DedupPair(sketches[p.A].Id, sketches[p.B].Id, p.Relation, p.Jaccard, p.Containment, p.Estimated)).ToList();
        return new DedupResult(documents, groups, pairRecords, candidates);
    }

    private void Verify(Sketch a, Sketch b, ConcurrentBag<Verified> into)
    {
        if (Classify(a, b) is { } verified)
        {
            into.Add(verified);
        }
    }

    private Verified? Classify(Sketch a, Sketch b)
    {
        var (jaccard, containment) = SortedSets.Scores(a.Set, b.Set);
        double? estimated = a.Signature is not null && b.Signature is not null ? a.Signature.EstimateJaccard(b.Signature) : null;
        var (first, second) = a.Index < b.Index ? (a, b) : (b, a);
        return Relate(jaccard, containment, a.Set.Length, b.Set.Length) is { } relation
            ? new Verified(first.Index, second.Index, relation, jaccard, containment, estimated)
            : null;
    }

    /// <summary>
    /// The match rule, shared by batch verification and index matching: Jaccard ≥ <see cref="DedupOptions.Threshold"/>
    /// makes a near-duplicate; otherwise containment ≥ <see cref="DedupOptions.ContainmentThreshold"/> with a size ratio
    /// ≥ <see cref="DedupOptions.MinContainedRatio"/> makes a contained reprint.
    /// </summary>
    internal DedupRelation? Relate(double jaccard, double containment, int sizeA, int sizeB)
    {
        if (jaccard >= Options.Threshold)
        {
            return DedupRelation.NearDuplicate;
        }

        var ratio = (double)Math.Min(sizeA, sizeB) / Math.Max(1, Math.Max(sizeA, sizeB));
        return Options.ContainmentThreshold <= 1 && containment >= Options.ContainmentThreshold && ratio >= Options.MinContainedRatio
            ? DedupRelation.Contained
            : null;
    }

    private List<DedupGroup> BuildGroups(Sketch[] sketches, UnionFind union, List<Verified> pairs)
    {
        // The strongest relation each document takes part in: used for members linked to the representative only
        // through other members.
        var strongest = new DedupRelation?[sketches.Length];
        foreach (var pair in pairs)
        {
            strongest[pair.A] = Stronger(strongest[pair.A], pair.Relation);
            strongest[pair.B] = Stronger(strongest[pair.B], pair.Relation);
        }

        var components = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var i = 0; i < sketches.Length; i++)
        {
            var root = union.Find(i);
            if (!components.TryGetValue(root, out var members))
            {
                components[root] = members = [];
                order.Add(root);
            }

            members.Add(i);
        }

        var groups = new List<DedupGroup>(order.Count);
        foreach (var root in order)
        {
            var members = components[root];
            var representative = ChooseRepresentative(sketches, members);
            var rep = sketches[representative];
            var list = new List<DedupMember>(members.Count) { new(rep.Id, DedupRelation.Representative, 1, 1) };
            foreach (var m in members)
            {
                if (m == representative)
                {
                    continue;
                }

                var member = sketches[m];
                var (jaccard, containment) = SortedSets.Scores(member.Set, rep.Set);
                DedupRelation relation;
                if (member.ExactHash == rep.ExactHash && member.Set.AsSpan().SequenceEqual(rep.Set))
                {
                    relation = DedupRelation.Exact;
                }
                else if (jaccard >= Options.Threshold)
                {
                    relation = DedupRelation.NearDuplicate;
                }
                else if (containment >= Options.ContainmentThreshold)
                {
                    relation = DedupRelation.Contained;
                }
                else
                {
                    relation = strongest[m] is DedupRelation.Exact or null ? DedupRelation.NearDuplicate : strongest[m]!.Value;
                }

                list.Add(new DedupMember(member.Id, relation, jaccard, containment));
            }

            groups.Add(new DedupGroup(rep.Id, list));
        }

        return groups;
    }

    private int ChooseRepresentative(Sketch[] sketches, List<int> members)
    {
        if (members.Count == 1)
        {
            return members[0];
        }

        var best = members[0];
        double bestScore = double.NegativeInfinity;
        foreach (var m in members)
        {
            var score = Options.Representative switch
            {
                RepresentativeChoice.EarliestPublished => sketches[m].Published is { } date ? -date.DayNumber : double.MinValue / 2,
                RepresentativeChoice.MostComplete when members.Count <= 64 => Completeness(sketches, members, m),
                _ => 0,
            };

            if (score > bestScore || (score == bestScore && sketches[m].Set.Length > sketches[best].Set.Length))
            {
                best = m;
                bestScore = score;
            }
        }

        return best;
    }

    private static double Completeness(Sketch[] sketches, List<int> members, int candidate)
    {
        var own = sketches[candidate].Set;
        var total = 0.0;
        foreach (var other in members)
        {
            var set = sketches[other].Set;
            if (other != candidate && set.Length > 0)
            {
                total += (double)SortedSets.IntersectionCount(set, own) / set.Length;
            }
        }

        return total;
    }

    private static DedupRelation Stronger(DedupRelation? current, DedupRelation candidate) =>
        current is null || candidate < current ? candidate : current.Value;

    private sealed record Verified(int A, int B, DedupRelation Relation, double Jaccard, double Containment, double? Estimated);
}
