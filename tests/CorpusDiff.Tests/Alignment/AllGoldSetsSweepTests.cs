using System.Globalization;
using CorpusDiff.Alignment;
using CorpusDiff.Comparison;
using CorpusDiff.Tests.TestSupport;
using Xunit.Abstractions;

namespace CorpusDiff.Tests.Alignment;

/// <summary>
/// The aligner's score blend and floor, swept on every gold set together (the samples, the two self-written stories and
/// the seed pairs' reader labels), pooled over (source, target) sentence pairs: one default must hold on all of them.
/// </summary>
public class AllGoldSetsSweepTests(ITestOutputHelper output)
{
    [SeedCorpusFact]
    public void Evaluate_SymmetricWeightAndFloorSweep_DefaultIsNearTheBestOnAllSets()
    {
        var results = new List<(double Symmetric, double MinScore, double F1)>();
        foreach (var symmetric in new[] { 0.0, 0.5, 0.75, 1.0 })
        {
            foreach (var minScore in new[] { 0.35, 0.4, 0.45, 0.5 })
            {
                // The lower floor and the vicinity floor move with the main one, as in the default.
                var options = new AlignerOptions
                {
                    SymmetricWeight = symmetric,
                    MinScore = minScore,
                    LowScore = minScore - (AlignerOptions.Default.MinScore - AlignerOptions.Default.LowScore),
                    VicinityMinScore = minScore,
                };
                var f1 = Pooled(new CorpusComparer(new ComparisonOptions { Aligner = options, CheckClaims = false }), out var line);
                results.Add((symmetric, minScore, f1));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SymmetricWeight {symmetric:0.00} MinScore {minScore:0.00}: {line}"));
            }
        }

        var best = results.Max(r => r.F1);
        var atDefault = Pooled(CorpusComparer.Default, out var defaultLine);
        output.WriteLine("default: " + defaultLine);
        atDefault.Should().BeGreaterThanOrEqualTo(best - 0.02, "the default blend and floor are the ones chosen on all the gold sets");
    }

    private static double Pooled(CorpusComparer comparer, out string line)
    {
        var samples = AlignmentGold.Evaluate(comparer);
        var bridge = AlignmentGold.Evaluate(comparer, "alignments-bridge.json");
        var flood = AlignmentGold.Evaluate(comparer, "alignments-flood.json");
        var seed = SeedAlignmentGold.Evaluate(comparer);
        var sets = new GoldScore([.. samples.Pairs, .. bridge.Pairs, .. flood.Pairs]);
        var tp = sets.Pairs.Sum(p => p.TruePositives) + seed.TruePositives;
        var fp = sets.Pairs.Sum(p => p.FalsePositives) + seed.FalsePositives;
        var fn = sets.Pairs.Sum(p => p.FalseNegatives) + seed.FalseNegatives;
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        line = string.Create(
            CultureInfo.InvariantCulture,
            $"samples P {samples.Precision:0.00} R {samples.Recall:0.00} | bridge P {bridge.Precision:0.00} R {bridge.Recall:0.00} | flood P {flood.Precision:0.00} R {flood.Recall:0.00} | seed P {seed.Precision:0.00} R {seed.Recall:0.00} (sentences P {seed.SentencePrecision:0.00} R {seed.SentenceRecall:0.00}, verdicts right {seed.VerdictsRight}) | all P {precision:0.000} R {recall:0.000} F1 {f1:0.000}");
        return f1;
    }
}
