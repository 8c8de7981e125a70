using CorpusDiff.Claims;
using CorpusDiff.Documents;

namespace CorpusDiff.Evaluation;

/// <summary>
/// The plain baseline consistency score: the share of the summary's word pairs (bigrams) that also occur in the source.
/// Reported beside <see cref="ClaimChecker"/> so any regression below it shows.
/// </summary>
public static class BigramOverlap
{
    /// <summary>Scores a summary against its source.</summary>
    /// <param name="source">The source.</param>
    /// <param name="summary">The summary.</param>
    /// <returns>The share in [0, 1] of the summary's bigrams found in the source; 1 when the summary has none.</returns>
    public static double Score(Document source, Document summary)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(summary);
        var pairs = new HashSet<(string, string)>();
        for (var i = 1; i < source.Tokens.Count; i++)
        {
            pairs.Add((source.Tokens[i - 1].Text, source.Tokens[i].Text));
        }

        if (summary.Tokens.Count < 2)
        {
            return 1.0;
        }

        var found = 0;
        for (var i = 1; i < summary.Tokens.Count; i++)
        {
            if (pairs.Contains((summary.Tokens[i - 1].Text, summary.Tokens[i].Text)))
            {
                found++;
            }
        }

        return found / (double)(summary.Tokens.Count - 1);
    }
}
