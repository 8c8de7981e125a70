using CorpusDiff.Dedup;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Dedup;

/// <summary>The acceptance check: the seed corpus plus re-wrapped, trimmed and exact copies.</summary>
public sealed class SeedCorpusDedupTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cd-seed-dedup-{Guid.NewGuid():N}");

    public SeedCorpusDedupTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SeedCorpusFact]
    public void Dedup_SeedCorpusWithCopies_EachCopyGroupedWithItsOriginalOnly()
    {
        var files = new[] { SeedCorpus.Source, SeedCorpus.Summary, SeedCorpus.PartialOverlap, SeedCorpus.Distractor, SeedCorpus.RelatedEvent };
        foreach (var file in files)
        {
            File.Copy(SeedCorpus.PathOf(file), Path.Combine(folder, file));
        }

        var source = File.ReadAllText(SeedCorpus.PathOf(SeedCorpus.Source));
        File.WriteAllText(Path.Combine(folder, "rewrapped-001.txt"), Rewrap(source, 55));
        File.WriteAllText(Path.Combine(folder, "trimmed-001.txt"), Trim(source, 0.6));
        File.WriteAllText(Path.Combine(folder, "trimmed-002.txt"), Trim(File.ReadAllText(SeedCorpus.PathOf(SeedCorpus.PartialOverlap)), 0.6));
        File.WriteAllText(Path.Combine(folder, "nofooter-001.txt"), source[..source.IndexOf("Copyright", StringComparison.Ordinal)]);
        File.Copy(SeedCorpus.PathOf(SeedCorpus.Distractor), Path.Combine(folder, "copy-003.txt"));
        File.Copy(SeedCorpus.PathOf(SeedCorpus.Summary), Path.Combine(folder, "copy-000.txt"));
        File.WriteAllText(Path.Combine(folder, "edited05-001.txt"), Substitute(source, 0.05, seed: 5));
        File.WriteAllText(Path.Combine(folder, "edited10-001.txt"), Substitute(source, 0.10, seed: 10));
        File.WriteAllText(Path.Combine(folder, "edited06-000.txt"), Substitute(File.ReadAllText(SeedCorpus.PathOf(SeedCorpus.Summary)), 0.06, seed: 6));

        var result = Deduplicator.Default.DeduplicateFiles(Directory.GetFiles(folder).Order(StringComparer.Ordinal));

        var groups = result.Groups.Select(g => g.Members.Select(m => m.Id).Order(StringComparer.Ordinal).ToArray()).ToList();
        groups.Should().BeEquivalentTo(new[]
        {
            new[] { SeedCorpus.Source, "edited05-001.txt", "edited10-001.txt", "nofooter-001.txt", "rewrapped-001.txt", "trimmed-001.txt" },
            new[] { SeedCorpus.Summary, "copy-000.txt", "edited06-000.txt" },
            new[] { SeedCorpus.PartialOverlap, "trimmed-002.txt" },
            new[] { SeedCorpus.Distractor, "copy-003.txt" },
            new[] { SeedCorpus.RelatedEvent },
        });
        var trimmed = result.Groups.SelectMany(g => g.Members).Single(m => m.Id == "trimmed-001.txt");
        trimmed.Relation.Should().Be(DedupRelation.Contained);

        // The document model removes the copyright footer, so the copy without it is an exact duplicate.
        result.Groups.SelectMany(g => g.Members).Single(m => m.Id == "nofooter-001.txt").Relation.Should().Be(DedupRelation.Exact);
    }

    [SeedCorpusFact]
    public void Scores_SummaryAgainstSource_FarBelowEveryThreshold()
    {
        var result = new Deduplicator(DedupOptions.ShingleSetDefaults with { Threshold = 0.05, ContainmentThreshold = 0.05, MinContainedRatio = 0.01 })
            .DeduplicateFiles([SeedCorpus.PathOf(SeedCorpus.Source), SeedCorpus.PathOf(SeedCorpus.Summary)]);

        // At 5 % thresholds the pair surfaces, and its exact scores show how far a rewrite is from a copy:
        // under 10 % of its 5-word shingles occur in the source (a reprint needs 80 %).
        var pair = result.Pairs.Should().ContainSingle().Subject;
        pair.Containment.Should().BeLessThan(0.1);
        pair.Jaccard.Should().BeLessThan(0.05);
    }

    [SeedCorpusFact]
    public void WordEdits_SummaryAgainstSource_FarBelowEveryThreshold()
    {
        // Thresholds low enough that any pair surfaces; containment off so the score is the word similarity.
        var result = new Deduplicator(new DedupOptions { Threshold = 0.01, ContainmentThreshold = 2 })
            .DeduplicateFiles([SeedCorpus.PathOf(SeedCorpus.Source), SeedCorpus.PathOf(SeedCorpus.Summary)]);

        // A rewrite keeps few of the story's words in the story's order: far from the 0.8 a copy needs.
        var pair = result.Pairs.Should().ContainSingle().Subject;
        pair.Relation.Should().Be(DedupRelation.NearDuplicate);
        pair.Score.Should().BeLessThan(0.3);
    }

    /// <summary>
    /// Replaces a share of the words (runs of letters) with words of other lengths, at seeded random places; a copyright
    /// footer is left alone, as an outlet re-editing a story would.
    /// </summary>
    private static string Substitute(string text, double rate, int seed)
    {
        var footer = text.IndexOf("Copyright", StringComparison.Ordinal);
        if (footer > 0)
        {
            return Substitute(text[..footer], rate, seed) + text[footer..];
        }

        string[] replacements = ["harbour", "violet", "seventeen", "quietly", "granite", "orchard", "lantern", "amber"];
        var random = new Random(seed);
        var words = text.Split(' ');
        var letters = Enumerable.Range(0, words.Length).Where(i => words[i].Length > 0 && words[i].All(char.IsLetter)).ToList();
        foreach (var i in letters.OrderBy(_ => random.Next()).Take((int)(words.Length * rate)))
        {
            words[i] = replacements[random.Next(replacements.Length)];
        }

        return string.Join(' ', words);
    }

    private static string Rewrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + word.Length + 1 > width)
                {
                    lines.Add(line);
                    line = string.Empty;
                }

                line = line.Length == 0 ? word : line + " " + word;
            }

            lines.Add(line);
            lines.Add(string.Empty);
        }

        return string.Join('\n', lines);
    }

    private static string Trim(string text, double share)
    {
        var cut = text[..(int)(text.Length * share)];
        return cut[..cut.LastIndexOf('\n')];
    }
}
