namespace CorpusDiff.Cli.Commands;

/// <summary>The figures <c>eval</c> reports for one dataset.</summary>
internal sealed record EvalRow(
    string Dataset,
    int Pairs,
    int Positives,
    double Auc,
    double BalancedAccuracy,
    double BestBalancedAccuracy,
    double BestThreshold,
    double BigramAuc,
    double BigramBestBalancedAccuracy);
