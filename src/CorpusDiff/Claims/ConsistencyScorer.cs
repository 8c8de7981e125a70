using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// The one definition of a summary's consistency with its source, shared by <c>check</c>, <c>compare</c> and
/// <c>eval</c>: a logistic model over the checker's divergence-penalised sentence support (each summary sentence's
/// best source-sentence support, lowered by a factor per divergence severity; the weakest sentence and the
/// length-weighted mean averaged). The other measurements of <see cref="ConsistencyFeatures"/> (window support, novel
/// names, numbers and dates, novel-word share) were tried as inputs and ranked worse on some dataset, so the model
/// leaves them out and the dump keeps them for refits. The coefficients were fitted
/// on all development data with each dataset's two classes weighted equally
/// (<c>tools/calibrate-consistency.py</c>, <c>docs/accuracy.md</c>); the score is the model's probability divided by
/// the probability of a fully supported summary, so a report checked against itself scores 1.
/// </summary>
internal static class ConsistencyScorer
{
    /// <summary>The widest window of adjacent source sentences a summary sentence is compared with.</summary>
    public const int MaxWindow = 3;

    /// <summary>Gets the fitted coefficients: intercept, then one per entry of <see cref="ConsistencyFeatures.Vector"/>.</summary>
    public static IReadOnlyList<double> Coefficients { get; } = [-0.7402, 1.3148];

    /// <summary>Measures a summary against a prepared source.</summary>
    /// <param name="source">The prepared source.</param>
    /// <param name="target">The summary.</param>
    /// <param name="unigramWeight">The word share of the word/word-pair support mix.</param>
    /// <param name="sentenceSupport">Each summary sentence's best single-source-sentence support, by sentence index.</param>
    /// <param name="sentencePenalty">Each summary sentence's divergence factor (the product of one minus each divergence's severity penalty), by sentence index.</param>
    /// <param name="divergentSentences">How many summary sentences hold a divergence of any kind.</param>
    public static ConsistencyFeatures Measure(PreparedSource source, Document target, double unigramWeight, IReadOnlyList<double> sentenceSupport, IReadOnlyList<double> sentencePenalty, int divergentSentences)
    {
        var index = source.Index;
        double sum = 0, weights = 0, min = 1, windowPenalisedSum = 0, windowPenalisedMin = 1;
        int novelNumbers = 0, novelNames = 0, novelDates = 0, content = 0, novelWords = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in target.Sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            var support = index.WindowSupport(target.Tokens, sentence.FirstToken, sentence.TokenCount, unigramWeight, MaxWindow);
            sum += support * sentence.TokenCount;
            weights += sentence.TokenCount;
            min = Math.Min(min, support);
            var penalised = Math.Max(support, sentenceSupport[sentence.Index]) * sentencePenalty[sentence.Index];
            windowPenalisedSum += penalised * sentence.TokenCount;
            windowPenalisedMin = Math.Min(windowPenalisedMin, penalised);
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = target.Tokens[i];
                if (Lexicon.Stopwords.Contains(token.Text))
                {
                    continue;
                }

                content++;
                if (index.ContainsAnywhere(token.Text))
                {
                    continue;
                }

                novelWords++;
                if (!seen.Add(token.Text))
                {
                    continue;
                }

                if (token.Kind == TokenKind.Number)
                {
                    novelNumbers++;
                }
                else if (Lexicon.Months.ContainsKey(token.Text) || Lexicon.Weekdays.ContainsKey(token.Text))
                {
                    novelDates++;
                }
                else if (token.Kind == TokenKind.Word && i > sentence.FirstToken && char.IsUpper(target.Text[token.Start]))
                {
                    novelNames++;
                }
            }
        }

        double singleMin = 1, singleSum = 0, penalisedMin = 1, penalisedSum = 0;
        foreach (var sentence in target.Sentences)
        {
            singleMin = Math.Min(singleMin, sentenceSupport[sentence.Index]);
            singleSum += sentenceSupport[sentence.Index] * sentence.TokenCount;
            var penalised = sentenceSupport[sentence.Index] * sentencePenalty[sentence.Index];
            penalisedMin = Math.Min(penalisedMin, penalised);
            penalisedSum += penalised * sentence.TokenCount;
        }

        var single = weights > 0 ? (singleMin + (singleSum / weights)) / 2 : 0;
        var sentences = target.Sentences.Count;
        return new ConsistencyFeatures(
            weights > 0 ? sum / weights : 0, weights > 0 ? min : 0, novelNumbers, novelNames, novelDates, content > 0 ? (double)novelWords / content : 0,
            single, sentences > 0 ? (double)divergentSentences / sentences : 0, weights > 0 ? (penalisedMin + (penalisedSum / weights)) / 2 : 0,
            weights > 0 ? (windowPenalisedMin + (windowPenalisedSum / weights)) / 2 : 0);
    }

    /// <summary>Returns the consistency score in [0, 1] of measured features.</summary>
    public static double Score(ConsistencyFeatures features)
    {
        var z = Linear(features.Vector());
        var best = Linear(new ConsistencyFeatures(1, 1, 0, 0, 0, 0, 1, 0, 1, 1).Vector());
        return z >= best ? 1 : Math.Clamp(Sigmoid(z) / Sigmoid(best), 0, 1);
    }

    private static double Linear(double[] x)
    {
        var c = Coefficients;
        var z = c[0];
        for (var i = 0; i < x.Length; i++)
        {
            z += c[i + 1] * x[i];
        }

        return z;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
