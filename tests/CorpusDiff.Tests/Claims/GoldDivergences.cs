using System.Text.Json;
using CorpusDiff.Claims;
using CorpusDiff.Documents;
using CorpusDiff.Reports;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Claims;

/// <summary>The divergence gold of <c>samples/gold/divergences.json</c> and an evaluator for the checker against it.</summary>
internal sealed class GoldDivergences
{
    private readonly JsonElement root;

    private GoldDivergences(JsonElement root) => this.root = root;

    public static GoldDivergences Load()
    {
        var path = Path.Combine(Repository.Samples, "gold", "divergences.json");
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        return new GoldDivergences(json.RootElement.Clone());
    }

    /// <summary>Evaluates the checker on its own (each target sentence paired by word overlap) or, with <paramref name="throughCompare"/>, as <c>compare</c> runs it (with the aligner's alignments).</summary>
    public GoldResult Evaluate(bool throughCompare = false)
    {
        var source = TestDocuments.File(Path.Combine(Repository.Samples, root.GetProperty("source").GetString()!));
        var reports = new Dictionary<string, (Document Target, ConsistencyReport Report)>(StringComparer.Ordinal);
        (Document Target, ConsistencyReport Report) ReportOf(string name)
        {
            if (!reports.TryGetValue(name, out var entry))
            {
                var target = TestDocuments.File(Path.Combine(Repository.Samples, name));
                entry = (target, throughCompare ? CorpusDiff.Comparison.CorpusComparer.Default.Compare(source, target).Consistency : ClaimChecker.Default.Check(source, target));
                reports[name] = entry;
            }

            return entry;
        }

        var lines = new List<string>();
        var caught = 0;
        var items = root.GetProperty("items");
        foreach (var item in items.EnumerateArray())
        {
            var (target, report) = ReportOf(item.GetProperty("target").GetString()!);
            var span = Locate(target, item.GetProperty("targetQuote").GetString()!);
            var kind = item.GetProperty("kind").GetString()!;
            var relation = item.GetProperty("relation").GetString()!;
            var severity = item.GetProperty("severity").GetString()!;
            var hit = report.Divergences.FirstOrDefault(d => DivergenceJson.KindName(d.Kind) == kind && Overlaps(d.TargetSpan, span));
            var right = hit is not null && DivergenceJson.RelationName(hit.Relation) == relation && DivergenceJson.SeverityName(hit.Severity) == severity;
            caught += right ? 1 : 0;
            var verdict = hit is null ? "MISSED" : right ? "caught" : $"WRONG ({DivergenceJson.RelationName(hit.Relation)}/{DivergenceJson.SeverityName(hit.Severity)}, gold {relation}/{severity})";
            lines.Add($"{verdict} {kind,-11} {item.GetProperty("targetQuote").GetString()} {(hit is null ? string.Empty : "-> " + hit.Message)}");
        }

        var fired = new List<string>();
        foreach (var item in root.GetProperty("mustNotFlag").EnumerateArray())
        {
            var name = item.GetProperty("target").GetString()!;
            if (!System.IO.File.Exists(Path.Combine(Repository.Samples, name)))
            {
                continue;
            }

            var (target, report) = ReportOf(name);
            var quote = item.GetProperty("targetQuote").GetString()!;
            var span = Locate(target, quote);
            var hit = report.Divergences.FirstOrDefault(d => Overlaps(d.TargetSpan, span));
            if (hit is not null)
            {
                fired.Add($"{name}: \"{quote}\" -> {DivergenceJson.KindName(hit.Kind)}: {hit.Message}");
            }

            lines.Add($"{(hit is null ? "quiet " : "FIRED ")} mustNotFlag {quote}");
        }

        foreach (var (name, (target, report)) in reports)
        {
            foreach (var d in report.Divergences)
            {
                lines.Add($"  {name} [{d.TargetSentence}] {DivergenceJson.RelationName(d.Relation)}/{DivergenceJson.KindName(d.Kind)}/{DivergenceJson.SeverityName(d.Severity)} \"{target.Text[d.TargetSpan.Start..d.TargetSpan.End]}\": {d.Message}");
            }
        }

        return new GoldResult(caught, items.GetArrayLength(), fired, lines);
    }

    private static TextSpan Locate(Document target, string quote)
    {
        var at = target.Text.IndexOf(quote, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the gold quote \"{quote}\" occurs in {target.Id}");
        return new TextSpan(at, at + quote.Length);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
