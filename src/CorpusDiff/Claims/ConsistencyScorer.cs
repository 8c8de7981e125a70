using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Claims;

/// <summary>
/// The one definition of a summary's consistency with its source, shared by <c>check</c>, <c>compare</c> and
/// <c>eval</c>. It starts from the checker's divergence-penalised support (each summary sentence's support lowered by
/// a factor per divergence severity; the weakest sentence and the length-weighted mean averaged) and makes it aware of
/// abstractiveness:
/// <list type="bullet">
/// <item>A near-copy (nearly every content word the source's) is judged sentence by sentence, so a swapped entity
/// taken from a neighbouring sentence finds no support there; a summary in its own words is judged by its best window
/// of one to three adjacent source sentences (SummaC-style), since it fuses sentences. The two blend by coverage.</item>
/// <item>Low overlap alone does not condemn a rewrite: the support is raised to a power that falls from 1 (a near-copy,
/// whose errors show as lost support) towards <see cref="ConsistencyCalibration.AbstractiveExponent"/> as the share of the summary's content
/// words found anywhere in the source falls below <see cref="ConsistencyCalibration.CoverageMidpoint"/> (a rewrite in its own words, whose
/// faithful form still has low sentence support). For a fixed coverage the score is monotone in the support.</item>
/// <item>Novel specifics do condemn it: each new name, number or date the claim check lists (one the source never
/// gives) multiplies the score by <see cref="ConsistencyCalibration.NovelSpecificFactor"/>, whatever the style; and the rarest-weighted share
/// of new words in the worst sentence lowers it by <see cref="ConsistencyCalibration.NoveltyPower"/>, which needs no capital letters
/// (fitted to 0 since the extraction noise was fixed: the claim check's facts are the better evidence).</item>
/// <item>In a case-less summary (lower-cased, as SummEval's and Goyal'21's are), where no capitals show a name, each
/// run of two or more adjacent content words the source never uses multiplies the score by
/// <see cref="ConsistencyCalibration.NovelRunFactor"/>: the shape a new name takes there.</item>
/// <item>Contradictions condemn it more than additions: each one multiplies the score by
/// <see cref="ConsistencyCalibration.HighContradictionFactor"/> or <see cref="ConsistencyCalibration.MediumContradictionFactor"/>,
/// on top of its sentence's penalty.</item>
/// </list>
/// The fitted constants (<see cref="ConsistencyCalibration.Fitted"/>) and <see cref="ClaimOptions.DecisionThreshold"/> were
/// chosen together by <c>tools/calibrate-consistency.py</c> on all development data (<c>docs/accuracy.md</c>). A report
/// checked against itself scores 1.
/// </summary>
internal static class ConsistencyScorer
{
    /// <summary>The widest window of adjacent source sentences a summary sentence is compared with.</summary>
    public const int MaxWindow = 3;

    /// <summary>The most novel specifics counted: beyond three, the summary is already far under any threshold.</summary>
    public const int MaxNovelSpecifics = 3;

    /// <summary>
    /// The fewest adjacent new content words read as one new name in case-less text (<c>leo james murphy</c>) when none of
    /// them is a rare name (<see cref="IsRareName"/>). Two new words side by side are as often a paraphrase (<c>pet
    /// sheep</c>, <c>worst humanitarian</c>) or a well-known name the writer was given (<c>west sussex</c>) as an invented
    /// one: counting them lowered balanced accuracy on every case-less XSum set, left out or not (docs/accuracy.md).
    /// </summary>
    public const int MinNovelRun = 3;

    /// <summary>The fewest letters a new word of a case-less summary needs to be read as a rare name.</summary>
    public const int MinNameLetters = 3;

    /// <summary>Measures a summary against a prepared source.</summary>
    /// <param name="source">The prepared source.</param>
    /// <param name="target">The summary.</param>
    /// <param name="unigramWeight">The word share of the word/word-pair support mix.</param>
    /// <param name="sentenceSupport">Each summary sentence's best single-source-sentence support, by sentence index.</param>
    /// <param name="sentencePenalty">Each summary sentence's divergence factor (the product of one minus each divergence's severity penalty), by sentence index.</param>
    /// <param name="divergences">The claim check's divergence records for the summary.</param>
    public static ConsistencyFeatures Measure(PreparedSource source, Document target, double unigramWeight, IReadOnlyList<double> sentenceSupport, IReadOnlyList<double> sentencePenalty, IReadOnlyList<Divergence> divergences)
    {
        var divergentSentences = divergences.Select(d => d.TargetSentence).Distinct().Count();
        var facts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int high = 0, medium = 0;
        foreach (var divergence in divergences)
        {
            if (divergence.Relation == DivergenceRelation.Adds)
            {
                facts.UnionWith(divergence.Facts);
            }
            else if (divergence.Severity == DivergenceSeverity.High)
            {
                high++;
            }
            else if (divergence.Severity == DivergenceSeverity.Medium)
            {
                medium++;
            }
        }

        var names = facts.Count(f => !f.Any(char.IsDigit) && !Lexicon.Weekdays.ContainsKey(f) && !Lexicon.Months.ContainsKey(f.Split(' ')[0]));

        var index = source.Index;
        double sum = 0, weights = 0, min = 1, windowPenalisedSum = 0, windowPenalisedMin = 1;
        int content = 0, novelWords = 0, novelRuns = 0;
        double novelWeight = 0, novelWeightSum = 0;
        foreach (var sentence in target.Sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            double sentenceWeight = 0, sentenceNovel = 0;
            var run = 0;
            var named = false;

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
                    run = EndRun(run, ref named, ref novelRuns);
                    continue;
                }

                content++;
                var weight = index.Idf(token.Text);
                sentenceWeight += weight;
                if (!index.ContainsAnywhere(token.Text))
                {
                    novelWords++;
                    sentenceNovel += weight;
                    if (token.Kind == TokenKind.Word)
                    {
                        run++;
                        named |= IsRareName(token.Text) && !index.NamesAnywhere(token.Text);
                    }
                    else
                    {
                        run = EndRun(run, ref named, ref novelRuns);
                    }
                }
                else
                {
                    run = EndRun(run, ref named, ref novelRuns);
                }
            }

            EndRun(run, ref named, ref novelRuns);

            if (sentenceWeight > 0)
            {
                novelWeight = Math.Max(novelWeight, sentenceNovel / sentenceWeight);
                novelWeightSum += sentenceNovel / sentenceWeight * sentence.TokenCount;
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
            weights > 0 ? sum / weights : 0, weights > 0 ? min : 0, content > 0 ? (double)novelWords / content : 0,
            single, sentences > 0 ? (double)divergentSentences / sentences : 0, weights > 0 ? (penalisedMin + (penalisedSum / weights)) / 2 : 0,
            weights > 0 ? (windowPenalisedMin + (windowPenalisedSum / weights)) / 2 : 0, facts.Count, novelWeight)
        {
            NovelNames = names,
            HighContradictions = high,
            MediumContradictions = medium,
            MeanNovelWeight = weights > 0 ? novelWeightSum / weights : 0,
            WindowMin = weights > 0 ? windowPenalisedMin : 0,
            WindowMean = weights > 0 ? windowPenalisedSum / weights : 0,
            NovelRuns = novelRuns,
            Caseless = ClaimExtractor.IsCaseless(target),
        };
    }

    // A run of adjacent content words the source never uses ends here: counted when it is MinNovelRun words or more or
    // holds a rare name (then the run restarts).
    private static int EndRun(int run, ref bool named, ref int runs)
    {
        if (run >= MinNovelRun || (run > 0 && named))
        {
            runs++;
        }

        named = false;
        return 0;
    }

    /// <summary>
    /// Whether a word reads as a rare name once capitals are gone: English knows it neither as a common word nor as a
    /// well-known name (<c>varadkar</c>, <c>rosamund</c>, <c>anheuser-busch</c>; not <c>slammed</c>, <c>scotland</c> or
    /// <c>justin</c>), and it is no weekday, month or nationality. A well-known place a summary adds is as often the
    /// background its writer was given (XSum's first sentences) as an invention; a rare name is rarely either.
    /// </summary>
    internal static bool IsRareName(string word)
    {
        if (word.Length < MinNameLetters || Lexicon.Weekdays.ContainsKey(word) || Lexicon.Months.ContainsKey(word)
            || NameDescriptors.Demonyms.Contains(word) || EnglishWords.Knows(word))
        {
            return false;
        }

        // A hyphenated compound is a name when one of its parts is ("anheuser-busch"), not when its parts are known
        // words ("cost-cutting", "wi-fi").
        if (word.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length >= MinNameLetters && part.All(char.IsLetter) && !EnglishWords.Knows(part) && !NameDescriptors.Demonyms.Contains(part))
                {
                    return true;
                }
            }

            return false;
        }

        return word.All(char.IsLetter) || (word.EndsWith("'s", StringComparison.Ordinal) && word[..^2].All(char.IsLetter));
    }

    /// <summary>Returns the consistency score in [0, 1] of measured features under the fitted calibration.</summary>
    public static double Score(ConsistencyFeatures features) => Score(features, ConsistencyCalibration.Fitted);

    /// <summary>Returns the consistency score in [0, 1] of measured features under a calibration.</summary>
    public static double Score(ConsistencyFeatures features, ConsistencyCalibration calibration)
    {
        // How much of a near-copy the summary is: 1 when every content word is the source's, 0 for a summary in its own words.
        var copy = Sigmoid((1 - features.NovelWordShare - calibration.CoverageMidpoint) / calibration.CoverageScale);
        var support = (copy * features.PenalisedSupport) + ((1 - copy) * features.PenalisedWindowSupport);
        var exponent = calibration.AbstractiveExponent + ((1 - calibration.AbstractiveExponent) * copy);
        var specifics = Math.Min(MaxNovelSpecifics, features.NovelFacts);
        var novelty = Math.Pow(1 - Math.Clamp(features.NovelWeight, 0, 1), calibration.NoveltyPower);
        var contradictions = Math.Pow(calibration.HighContradictionFactor, Math.Min(MaxNovelSpecifics, features.HighContradictions))
            * Math.Pow(calibration.MediumContradictionFactor, Math.Min(MaxNovelSpecifics, features.MediumContradictions));
        var runs = features.Caseless ? Math.Pow(calibration.NovelRunFactor, Math.Min(MaxNovelSpecifics, features.NovelRuns)) : 1;
        return Math.Clamp(Math.Pow(Math.Clamp(support, 0, 1), exponent) * Math.Pow(calibration.NovelSpecificFactor, specifics) * novelty * contradictions * runs, 0, 1);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
}
