using CorpusDiff.Dedup;
using CorpusDiff.Text;

namespace CorpusDiff.Tests.Text;

public class SortedSetsTests
{
    [Fact]
    public void Scores_RandomSets_MatchHashSetReference()
    {
        var random = new Random(12345);
        for (var trial = 0; trial < 200; trial++)
        {
            var a = RandomSortedSet(random, random.Next(0, 60), 100);
            var b = RandomSortedSet(random, random.Next(0, 60), 100);

            var (jaccard, containment) = SortedSets.Scores(a, b);

            var intersection = a.Intersect(b).Count();
            var union = a.Union(b).Count();
            if (a.Length == 0 || b.Length == 0)
            {
                jaccard.Should().Be(a.Length == b.Length ? 1 : 0);
                continue;
            }

            jaccard.Should().BeApproximately((double)intersection / union, 1e-12);
            containment.Should().BeApproximately((double)intersection / Math.Min(a.Length, b.Length), 1e-12);
        }
    }

    [Fact]
    public void UnionFind_ComponentsMatchReachability()
    {
        var random = new Random(12345);
        var union = new UnionFind(50);
        var edges = Enumerable.Range(0, 30).Select(_ => (random.Next(50), random.Next(50))).ToList();
        edges.ForEach(e => union.Union(e.Item1, e.Item2));

        for (var x = 0; x < 50; x++)
        {
            // Reference: breadth-first search over the same edges.
            var reached = new HashSet<int> { x };
            var queue = new Queue<int>([x]);
            while (queue.Count > 0)
            {
                var n = queue.Dequeue();
                foreach (var (p, q) in edges)
                {
                    foreach (var next in p == n ? [q] : q == n ? new[] { p } : [])
                    {
                        if (reached.Add(next))
                        {
                            queue.Enqueue(next);
                        }
                    }
                }
            }

            for (var y = 0; y < 50; y++)
            {
                (union.Find(x) == union.Find(y)).Should().Be(reached.Contains(y));
            }
        }
    }

    private static uint[] RandomSortedSet(Random random, int count, int range) =>
        Enumerable.Range(0, count).Select(_ => (uint)random.Next(range)).Distinct().Order().ToArray();
}
