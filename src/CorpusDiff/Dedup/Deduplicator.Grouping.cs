using System.Buffers;
using System.Collections.Concurrent;
using CorpusDiff.Text;

namespace CorpusDiff.Dedup;

/// <summary>Candidate generation, verification and grouping.</summary>
public sealed partial class Deduplicator
{
    private DedupResult Resolve(Sketch[] sketches, CancellationToken cancellationToken)
    {
        var union = new UnionFind(sketches.Length);
        var pairs = new List<Verified>();

        // Exact classes first: each class's member with the smallest id (ordinal) stands for it, so the pairs do not depend
        // on input order; the other copies join it and take no part in candidate generation.
        var primaryOf = new Dictionary<ulong, int>();
        foreach (var s in sketches.Where(s => !s.Empty))
        {
            if (!primaryOf.TryGetValue(s.ExactHash, out var current))
            {
                primaryOf[s.ExactHash] = s.Index;
            }
            else if (SameContent(sketches[current], s) && string.CompareOrdinal(s.Id, sketches[current].Id) < 0)
            {
                primaryOf[s.ExactHash] = s.Index;
            }
        }

        var primaries = new List<int>();
        foreach (var s in sketches)
        {
            if (s.Empty)
            {
                // An empty document has nothing to be a copy of: it stays alone, listed as empty.
                continue;
            }

            var primary = primaryOf[s.ExactHash];
            if (primary != s.Index && SameContent(sketches[primary], s))
            {
                pairs.Add(new Verified(Math.Min(primary, s.Index), Math.Max(primary, s.Index), DedupRelation.Exact, 1, 1, s.Signature is null ? null : 1, 1));
            }
            else
            {
                primaries.Add(s.Index);
            }
        }

        long candidates = 0;
        var found = new ConcurrentBag<Verified>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelism, CancellationToken = cancellationToken };
        if (Options.Method == DedupMethod.MinHash)
        {
            var packed = FindCandidates(sketches, primaries, parallel);
            candidates = packed.Length;
            Parallel.For(0, packed.Length, parallel, i => Verify(sketches[(int)(packed[i] >> 32)], sketches[(int)(uint)packed[i]], found));
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

        var groups = BuildGroups(sketches, union, pairs, parallel);
        var documents = sketches.Select(s => new DedupDocument(s.Id, s.Path, s.Published, s.Shingles, s.ExactHash, s.Signature) { IsEmpty = s.Empty }).ToList();
        var pairRecords = pairs.Select(p => new DedupPair(sketches[p.A].Id, sketches[p.B].Id, p.Relation, p.Jaccard, p.Containment, p.Estimated, p.Score)).ToList();
        return new DedupResult(documents, groups, pairRecords, candidates);
    }

    /// <summary>The share of samples a candidate needs, as a part of the share a true pair keeps on average.</summary>
    private const double SampledShareSlack = 0.6;

    /// <summary>The size ratio sampled candidates need, as a part of the ratio the match rule asks (short documents' sizes are noisy too).</summary>
    private const double SampledRatioSlack = 0.9;

    /// <summary>
    /// Returns the distinct candidate pairs, packed and sorted: MinHash LSH bands tuned for
    /// <see cref="DedupOptions.ShingleJaccardThreshold"/> find near-duplicates (including those in large clusters), and
    /// sampled containment (<see cref="SampledCandidates"/>) finds shortened reprints and backs up the bands.
    /// </summary>
    private long[] FindCandidates(Sketch[] sketches, List<int> primaries, ParallelOptions parallel)
    {
        var parameters = LshParameters.Optimal(Options.ShingleJaccardThreshold(), Options.Permutations, Options.FalsePositiveWeight, Options.FalseNegativeWeight);
        var signatures = sketches.Select(s => s.Signature!).ToArray();
        var banded = BandedCandidates.Find(signatures, primaries, parameters, parallel);

        // The containment a near-duplicate keeps at the Jaccard threshold is 2J / (1 + J); a share of samples well
        // below the smaller of that and the containment threshold absorbs the sampling noise of short documents.
        var jaccard = Options.ShingleJaccardThreshold();
        var share = 2 * jaccard / (1 + jaccard);
        var containmentOn = Options.ContainmentThreshold <= 1;
        if (containmentOn)
        {
            share = Math.Min(share, Options.ShingleContainmentThreshold());
        }

        var minRatio = containmentOn ? Options.MinContainedRatio : jaccard;
        var sets = sketches.Select(s => s.Set).ToArray();
        var sizes = sketches.Select(s => s.Shingles).ToArray();
        var sampled = SampledCandidates.Find(sets, sizes, primaries, minRatio * SampledRatioSlack, share * SampledShareSlack, parallel);
        var all = new long[banded.Count + sampled.Count];
        banded.CopyTo(all);
        sampled.CopyTo(all, banded.Count);
        Array.Sort(all);
        var n = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (n == 0 || all[i] != all[n - 1])
            {
                all[n++] = all[i];
            }
        }

        return all[..n];
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
        var (first, second) = a.Index < b.Index ? (a, b) : (b, a);
        var (relation, score) = Options.Measure == DedupMeasure.WordEdits ? JudgeWords(a, b) : JudgeSets(a, b);
        if (relation is not { } r)
        {
            return null;
        }

        var (jaccard, containment) = ShingleScores(a, b);
        double? estimated = a.Signature is not null && b.Signature is not null ? a.Signature.EstimateJaccard(b.Signature) : null;
        return new Verified(first.Index, second.Index, r, jaccard, containment, estimated, score);
    }

    /// <summary>Judges a pair on shingle sets: Jaccard for a near-duplicate, containment for a reprint.</summary>
    private (DedupRelation? Relation, double Score) JudgeSets(Sketch a, Sketch b)
    {
        var (jaccard, containment) = SortedSets.Scores(a.Set, b.Set);
        return Relate(jaccard, containment, a.Set.Length, b.Set.Length) switch
        {
            DedupRelation.NearDuplicate => (DedupRelation.NearDuplicate, jaccard),
            DedupRelation.Contained => (DedupRelation.Contained, containment),
            _ => (null, Math.Max(jaccard, containment)),
        };
    }

    /// <summary>
    /// Judges a pair on word sequences: the word-level Indel similarity 2·LCS / (m + n) for a near-duplicate, LCS /
    /// shorter for a reprint. The LCS runs with the smallest length either rule could accept as its cutoff, so pairs
    /// that fail both stop early.
    /// </summary>
    private (DedupRelation? Relation, double Score) JudgeWords(Sketch a, Sketch b, bool exact = false)
    {
        var x = a.Words!;
        var y = b.Words!;
        var total = x.Length + y.Length;
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter == 0)
        {
            return (null, 0);
        }

        var containmentOn = Options.ContainmentThreshold <= 1 && shorter >= Options.MinContainedRatio * Math.Max(x.Length, y.Length);
        var cutoff = (int)Math.Ceiling((Options.Threshold * total / 2) - 1e-9);
        if (containmentOn)
        {
            cutoff = Math.Min(cutoff, (int)Math.Ceiling((Options.ContainmentThreshold * shorter) - 1e-9));
        }

        var lcs = x.LongestCommonSubsequence(y, exact ? 0 : cutoff);
        var similarity = 2.0 * lcs / total;
        var containment = (double)lcs / shorter;
        if (similarity >= Options.Threshold)
        {
            return (DedupRelation.NearDuplicate, similarity);
        }

        return containmentOn && containment >= Options.ContainmentThreshold ? (DedupRelation.Contained, containment) : (null, similarity);

    }

    /// <summary>
    /// The shingle-set match rule, shared by batch verification under <see cref="DedupMeasure.ShingleSets"/> and by index
    /// matching (where only MinHash estimates are known): Jaccard ≥ <see cref="DedupOptions.ShingleJaccardThreshold"/>
    /// makes a near-duplicate; otherwise containment ≥ <see cref="DedupOptions.ShingleContainmentThreshold"/> with a size
    /// ratio ≥ <see cref="DedupOptions.MinContainedRatio"/> makes a contained reprint.
    /// </summary>
    internal DedupRelation? Relate(double jaccard, double containment, int sizeA, int sizeB) => Options.RelateShingleSets(jaccard, containment, sizeA, sizeB);

    private List<DedupGroup> BuildGroups(Sketch[] sketches, UnionFind union, List<Verified> pairs, ParallelOptions parallel)
    {
        // The strongest relation each document takes part in: used for members linked to the representative only
        // through other members.
        var strongest = new DedupRelation?[sketches.Length];
        foreach (var pair in pairs)
        {
            strongest[pair.A] = GroupRules.Stronger(strongest[pair.A], pair.Relation);
            strongest[pair.B] = GroupRules.Stronger(strongest[pair.B], pair.Relation);
        }

        // Groups are independent of one another, and scoring members against their representative is most of the work
        // after verification: built in parallel, kept in component order.
        var components = union.Components();
        var groups = new DedupGroup[components.Count];
        Parallel.For(0, components.Count, parallel, i => groups[i] = BuildGroup(sketches, components[i], strongest));
        return [.. groups];
    }

    private DedupGroup BuildGroup(Sketch[] sketches, List<int> members, DedupRelation?[] strongest)
    {
        var representative = ChooseRepresentative(sketches, members);
        var rep = sketches[representative];
        var list = new List<DedupMember>(members.Count) { new(rep.Id, DedupRelation.Representative, 1, 1, 1) };

        // Every member is scored against the representative: its shingle keys are built once for the group.
        var repSet = members.Count > 2 && SetFromWords && rep.Words is not null ? FullSet(rep) : null;
        foreach (var m in members)
        {
            if (m == representative)
            {
                continue;
            }

            var member = sketches[m];
            var (jaccard, containment) = repSet is null ? ShingleScores(member, rep) : ShingleScores(member, rep, repSet);
            DedupRelation relation;
            double score;
            if (member.ExactHash == rep.ExactHash && SameContent(member, rep))
            {
                (relation, score) = (DedupRelation.Exact, 1);
            }
            else
            {
                var (judged, judgedScore) = Options.Measure == DedupMeasure.WordEdits && member.Words is not null
                    ? JudgeWords(member, rep, exact: true)
                    : JudgeSets(member, rep);
                relation = judged ?? (strongest[m] is DedupRelation.Exact or null ? DedupRelation.NearDuplicate : strongest[m]!.Value);
                score = judgedScore;
            }

            list.Add(new DedupMember(member.Id, relation, jaccard, containment, score));
        }

        return new DedupGroup(rep.Id, list);
    }

    private int ChooseRepresentative(Sketch[] sketches, List<int> members) =>
        GroupRules.ChooseRepresentative(members, Options.Representative, m => sketches[m].Published, m => Completeness(sketches, members, m), m => Size(sketches[m]), m => sketches[m].Id);

    private double Completeness(Sketch[] sketches, List<int> members, int candidate)
    {
        var own = FullSet(sketches[candidate]);
        var total = 0.0;
        foreach (var other in members)
        {
            var set = FullSet(sketches[other]);
            if (other != candidate && set.Length > 0)
            {
                total += (double)SortedSets.IntersectionCount(set, own) / set.Length;
            }
        }

        return total;
    }

    /// <summary>Whether two documents of one exact class hold the same content (the exact hash could collide).</summary>
    private static bool SameContent(Sketch a, Sketch b) =>
        a.Set.AsSpan().SequenceEqual(b.Set) && (a.Words is null || b.Words is null || a.Words.SameWords(b.Words));

    /// <summary>Whether the sketches keep only sampled shingles, the words standing in for the set.</summary>
    private bool SetFromWords => Options.Measure == DedupMeasure.WordEdits && Options.ShingleKind == ShingleKind.Word && Options.Method != DedupMethod.Exact;

    /// <summary>
    /// The shingle-set Jaccard and containment of two documents, reported beside the relation: from the kept sets, or,
    /// when only the words are kept, from word shingles rebuilt in pooled buffers.
    /// </summary>
    private (double Jaccard, double Containment) ShingleScores(Sketch a, Sketch b)
    {
        if (!SetFromWords || a.Words is null || b.Words is null)
        {
            return SortedSets.Scores(a.Set, b.Set);
        }

        var bufferA = ArrayPool<uint>.Shared.Rent(a.Words.ShingleCapacity);
        var bufferB = ArrayPool<uint>.Shared.Rent(b.Words.ShingleCapacity);
        try
        {
            var na = a.Words.ShingleKeys(Options.ShingleSize, bufferA);
            var nb = b.Words.ShingleKeys(Options.ShingleSize, bufferB);
            return SortedSets.Scores(bufferA.AsSpan(0, na), bufferB.AsSpan(0, nb));
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(bufferA);
            ArrayPool<uint>.Shared.Return(bufferB);
        }
    }

    /// <summary>The scores of <see cref="ShingleScores(Sketch, Sketch)"/>, given <paramref name="b"/>'s whole set rebuilt from its words.</summary>
    private (double Jaccard, double Containment) ShingleScores(Sketch a, Sketch b, uint[] other)
    {
        if (!SetFromWords || a.Words is null || b.Words is null)
        {
            return SortedSets.Scores(a.Set, b.Set);
        }

        var buffer = ArrayPool<uint>.Shared.Rent(a.Words.ShingleCapacity);
        try
        {
            var n = a.Words.ShingleKeys(Options.ShingleSize, buffer);
            return SortedSets.Scores(buffer.AsSpan(0, n), other);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
        }
    }

    /// <summary>A document's whole shingle set: the kept one, or one rebuilt from its words.</summary>
    private uint[] FullSet(Sketch sketch)
    {
        if (!SetFromWords || sketch.Words is null)
        {
            return sketch.Set;
        }

        var buffer = new uint[sketch.Words.ShingleCapacity];
        var n = sketch.Words.ShingleKeys(Options.ShingleSize, buffer);
        return buffer[..n];
    }

    /// <summary>Gets a document's length: words when they are kept (edits add distinct shingles, not words), else distinct shingles.</summary>
    private static int Size(Sketch sketch) => sketch.Words?.Length ?? sketch.Shingles;

    private sealed record Verified(int A, int B, DedupRelation Relation, double Jaccard, double Containment, double? Estimated, double Score);
}
