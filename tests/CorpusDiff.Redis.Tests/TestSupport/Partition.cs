using System.Text.Json;

namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>The groups of a dedup or groups JSON report, and pairwise agreement between two groupings.</summary>
public static class Partition
{
    public static IReadOnlyList<string> Documents(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!)];
    }

    /// <summary>Gets the group of every document, by id.</summary>
    public static Dictionary<string, int> Groups(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var g = 0;
        foreach (var group in doc.RootElement.GetProperty("groups").EnumerateArray())
        {
            foreach (var member in group.GetProperty("members").EnumerateArray())
            {
                groupOf[member.GetProperty("id").GetString()!] = g;
            }

            g++;
        }

        return groupOf;
    }

    /// <summary>Precision and recall of the same-group pairs of <paramref name="actual"/> against <paramref name="expected"/>.</summary>
    public static (double Precision, double Recall, long ExpectedPairs) Agreement(Dictionary<string, int> actual, Dictionary<string, int> expected)
    {
        static HashSet<(string, string)> Pairs(Dictionary<string, int> groups)
        {
            var pairs = new HashSet<(string, string)>();
            foreach (var members in groups.GroupBy(e => e.Value, e => e.Key))
            {
                var list = members.OrderBy(m => m, StringComparer.Ordinal).ToList();
                for (var i = 0; i < list.Count; i++)
                {
                    for (var j = i + 1; j < list.Count; j++)
                    {
                        pairs.Add((list[i], list[j]));
                    }
                }
            }

            return pairs;
        }

        var a = Pairs(actual);
        var e = Pairs(expected);
        var common = a.Count(e.Contains);
        return (a.Count == 0 ? 1 : (double)common / a.Count, e.Count == 0 ? 1 : (double)common / e.Count, e.Count);
    }
}
