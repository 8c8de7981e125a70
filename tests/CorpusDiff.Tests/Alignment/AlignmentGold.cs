using System.Globalization;
using System.Text;
using System.Text.Json;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Alignment;

/// <summary>
/// Scores the aligner against <c>samples/gold/alignments.json</c>: precision, recall and F1 over aligned
/// (source sentence, target sentence) pairs, and same-event accuracy. Gold sentences are named by unique quotes, so
/// the score does not depend on how the parser segments: each quote maps to the sentence holding its first character.
/// </summary>
public static class AlignmentGold
{
    public static GoldScore Evaluate(CorpusComparer comparer, string file = "alignments.json")
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Samples, "gold", file)));
        var root = json.RootElement;
        var source = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, root.GetProperty("source").GetString()!));
        var sourceIgnored = Strings(root, "sourceIgnore").Select(q => SentenceOf(source, q)).Where(i => i >= 0).ToHashSet();
        var pairs = new List<PairScore>();
        foreach (var pair in root.GetProperty("pairs").EnumerateArray())
        {
            var target = DocumentParser.Default.ParseFile(Path.Combine(Repository.Samples, pair.GetProperty("target").GetString()!));
            var ignored = Strings(pair, "ignore").Select(q => SentenceOf(target, q)).Where(i => i >= 0).ToHashSet();
            var gold = new HashSet<(int, int)>();
            foreach (var a in pair.GetProperty("alignments").EnumerateArray())
            {
                foreach (var s in Strings(a, "source"))
                {
                    foreach (var t in Strings(a, "target"))
                    {
                        gold.Add((SentenceOf(source, s), SentenceOf(target, t)));
                    }
                }
            }

            var result = comparer.Compare(source, target);
            var predicted = new HashSet<(int, int)>();
            foreach (var a in result.Alignments)
            {
                foreach (var t in a.Target.Where(t => !ignored.Contains(t)))
                {
                    foreach (var s in a.Source.Where(s => !sourceIgnored.Contains(s)))
                    {
                        predicted.Add((s, t));
                    }
                }
            }

            var tp = predicted.Count(gold.Contains);
            var errors = predicted.Where(p => !gold.Contains(p)).Select(p => $"FP S{p.Item1} T{p.Item2}: {Short(source, p.Item1)} || {Short(target, p.Item2)}")
                .Concat(gold.Where(g => !predicted.Contains(g)).Select(p => $"FN S{p.Item1} T{p.Item2}: {Short(source, p.Item1)} || {Short(target, p.Item2)}"))
                .ToList();
            pairs.Add(new PairScore(
                pair.GetProperty("target").GetString()!,
                tp,
                predicted.Count - tp,
                gold.Count - tp,
                pair.GetProperty("sameEvent").GetString()!,
                result.Judgement.VerdictName,
                errors));
        }

        return new GoldScore(pairs);
    }

    private static string Short(Document d, int i) =>
        i < 0 ? "(header)" : d.Sentences[i].Text.Length > 90 ? d.Sentences[i].Text[..90] : d.Sentences[i].Text;

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!) : [];

    internal static int SentenceOf(Document document, string quote)
    {
        var at = document.Text.IndexOf(quote, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidDataException($"Gold quote not found in {document.Id}: \"{quote}\"");
        }

        foreach (var sentence in document.Sentences)
        {
            if (at >= sentence.Start && at < sentence.End)
            {
                return sentence.Index;
            }
        }

        // A quote in a header or removed line belongs to no body sentence.
        return -1;
    }
}

/// <summary>One target's counts against the gold.</summary>
public sealed record PairScore(string Target, int TruePositives, int FalsePositives, int FalseNegatives, string GoldSameEvent, string SameEvent, IReadOnlyList<string> Errors);

/// <summary>Micro-averaged scores over all gold pairs.</summary>
public sealed record GoldScore(IReadOnlyList<PairScore> Pairs)
{
    public double Precision => Ratio(Pairs.Sum(p => p.TruePositives), Pairs.Sum(p => p.TruePositives + p.FalsePositives));

    public double Recall => Ratio(Pairs.Sum(p => p.TruePositives), Pairs.Sum(p => p.TruePositives + p.FalseNegatives));

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SameEventAccuracy => Ratio(Pairs.Count(p => p.GoldSameEvent == p.SameEvent), Pairs.Count);

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| target | TP | FP | FN | precision | recall | F1 | same event (gold / ours) |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var p in Pairs)
        {
            var pr = Ratio(p.TruePositives, p.TruePositives + p.FalsePositives);
            var re = Ratio(p.TruePositives, p.TruePositives + p.FalseNegatives);
            var f = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| `{p.Target}` | {p.TruePositives} | {p.FalsePositives} | {p.FalseNegatives} | {pr:0.00} | {re:0.00} | {f:0.00} | {p.GoldSameEvent} / {p.SameEvent} |");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"| **all (micro)** | {Pairs.Sum(p => p.TruePositives)} | {Pairs.Sum(p => p.FalsePositives)} | {Pairs.Sum(p => p.FalseNegatives)} | **{Precision:0.00}** | **{Recall:0.00}** | **{F1:0.00}** | {SameEventAccuracy:P0} correct |");
        return sb.ToString();
    }

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
}
