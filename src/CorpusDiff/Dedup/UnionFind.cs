namespace CorpusDiff.Dedup;

/// <summary>Disjoint sets over 0..n−1 with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly int[] parent;
    private readonly int[] size;

    public UnionFind(int count)
    {
        parent = new int[count];
        size = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }
    }

    public int Find(int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b)
        {
            return;
        }

        if (size[a] < size[b])
        {
            (a, b) = (b, a);
        }

        parent[b] = a;
        size[a] += size[b];
    }

    /// <summary>Returns every set, its members ascending, the sets in the order of their smallest member.</summary>
    public List<List<int>> Components()
    {
        var byRoot = new Dictionary<int, List<int>>();
        var sets = new List<List<int>>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot[root] = members = [];
                sets.Add(members);
            }

            members.Add(i);
        }

        return sets;
    }
}
