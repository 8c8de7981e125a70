namespace CorpusDiff.Evaluation;

/// <summary>How well the consistency score, and the bigram baseline, separate one dataset's labelled pairs.</summary>
/// <param name="Dataset">The dataset's name (<c>overall</c> for all datasets together).</param>
/// <param name="Pairs">The number of pairs.</param>
/// <param name="Positives">The number of consistent pairs.</param>
/// <param name="Auc">The score's ROC AUC (<see cref="double.NaN"/> when one class is absent).</param>
/// <param name="BalancedAccuracy">The score's balanced accuracy at the checker's decision threshold.</param>
/// <param name="BestBalancedAccuracy">The score's balanced accuracy at the best threshold for this dataset.</param>
/// <param name="BestThreshold">That best threshold.</param>
/// <param name="BaselineAuc">The bigram baseline's ROC AUC.</param>
/// <param name="BaselineBestBalancedAccuracy">The bigram baseline's balanced accuracy at its best threshold.</param>
public sealed record DatasetEvaluation(
    string Dataset,
    int Pairs,
    int Positives,
    double Auc,
    double BalancedAccuracy,
    double BestBalancedAccuracy,
    double BestThreshold,
    double BaselineAuc,
    double BaselineBestBalancedAccuracy);
