namespace CorpusDiff.Cli.Tests.Reliability;

/// <summary>Distinct made-up reports for reliability tests: story <c>n</c> shares no sentence with story <c>m</c>.</summary>
internal static class Stories
{
    private static readonly string[] Subjects = ["council", "harbour", "museum", "railway", "hospital", "library", "stadium", "airport", "school", "bridge"];
    private static readonly string[] Verbs = ["opened", "closed", "repaired", "expanded", "inspected", "renamed", "sold", "funded", "moved", "rebuilt"];

    public static string Story(int n)
    {
        var random = new Random(n);
        var sentences = Enumerable.Range(0, 6).Select(i =>
            $"The {Subjects[random.Next(Subjects.Length)]} of district {n} was {Verbs[random.Next(Verbs.Length)]} on day {(n * 7) + i} "
            + $"after {random.Next(2, 900)} residents wrote {random.Next(2, 90)} letters about plan {n}-{i} and its cost of {random.Next(10, 999)} million.");
        return string.Join(" ", sentences);
    }
}
