namespace CorpusDiff.Cli.Tests;

/// <summary>Made-up reports the command and reliability tests share.</summary>
internal static class Stories
{
    /// <summary>A six-sentence report (a flood barrier opens); the dedup and groups tests copy, cut and edit it.</summary>
    public const string FloodBarrier =
        "Officials in the river city opened a new flood barrier on Monday after four years of construction. "
        + "The barrier spans two kilometres and cost 310 million dollars, according to the regional water agency. "
        + "Engineers said it can hold back a surge three metres higher than the record flood of 1998. "
        + "Residents of the low-lying eastern districts welcomed the project but complained about the noise. "
        + "The mayor said the city would next repair the old harbour walls, which date from the nineteenth century. "
        + "Work on the harbour is expected to begin in the spring and to last at least two years.";

    /// <summary>A report on another event (a football match), sharing nothing with <see cref="FloodBarrier"/>.</summary>
    public const string Football =
        "The national football team lost its opening match of the tournament two goals to one on Saturday evening. "
        + "The coach blamed the heat and a slippery pitch, and promised changes to the line-up for Wednesday's game.";

    private static readonly string[] Subjects = ["council", "harbour", "museum", "railway", "hospital", "library", "stadium", "airport", "school", "bridge"];
    private static readonly string[] Verbs = ["opened", "closed", "repaired", "expanded", "inspected", "renamed", "sold", "funded", "moved", "rebuilt"];

    /// <summary>Distinct reports for reliability tests: story <c>n</c> shares no sentence with story <c>m</c>.</summary>
    public static string Story(int n)
    {
        var random = new Random(n);
        var sentences = Enumerable.Range(0, 6).Select(i =>
            $"The {Subjects[random.Next(Subjects.Length)]} of district {n} was {Verbs[random.Next(Verbs.Length)]} on day {(n * 7) + i} "
            + $"after {random.Next(2, 900)} residents wrote {random.Next(2, 90)} letters about plan {n}-{i} and its cost of {random.Next(10, 999)} million.");
        return string.Join(" ", sentences);
    }
}
