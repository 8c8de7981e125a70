namespace CorpusDiff.Claims;

/// <summary>
/// The fitted constants of the consistency score: what <c>tools/calibrate-consistency.py</c> chooses together with
/// <see cref="ClaimOptions.DecisionThreshold"/> on all development data and prints in this order (see
/// <c>docs/accuracy.md</c>). Kept as one record so a re-fit changes one place, and a test can score under another fit.
/// </summary>
/// <param name="AbstractiveExponent">The power applied to the support of a summary written in its own words (coverage well under <paramref name="CoverageMidpoint"/>).</param>
/// <param name="CoverageMidpoint">The content-word coverage at which the exponent is halfway between <paramref name="AbstractiveExponent"/> and 1.</param>
/// <param name="CoverageScale">How quickly (in coverage) the exponent moves from abstractive to near-copy: the logistic's scale.</param>
/// <param name="NovelSpecificFactor">The factor applied to the score per novel name, number or date.</param>
/// <param name="NoveltyPower">The power of the share of a sentence's IDF-weighted content the source lacks: the score is
/// multiplied by <c>(1 - novelWeight)^NoveltyPower</c>. It sees new names in lower-case text, which the claim extractor
/// (reading capitals) does not.</param>
/// <param name="HighContradictionFactor">The factor applied to the score per high-severity contradiction (a changed number,
/// date, negation or speaker), on top of the sentence's own penalty: a swapped value is worse than an added one.</param>
/// <param name="MediumContradictionFactor">The factor applied to the score per medium-severity contradiction (a swapped name,
/// a changed quantity).</param>
/// <param name="NovelRunFactor">The factor applied to the score per run of new content words (<see cref="ConsistencyFeatures.NovelRuns"/>) in a
/// case-less summary, whose new names the claim extractor cannot see by their capitals.</param>
internal sealed record ConsistencyCalibration(
    double AbstractiveExponent,
    double CoverageMidpoint,
    double CoverageScale,
    double NovelSpecificFactor,
    double NoveltyPower,
    double HighContradictionFactor = 1,
    double MediumContradictionFactor = 1,
    double NovelRunFactor = 1)
{
    /// <summary>Gets the calibration in use: the script's choice on the development sets of <c>../shared/eval</c>.</summary>
    public static ConsistencyCalibration Fitted { get; } = new(
        AbstractiveExponent: 0.2,
        CoverageMidpoint: 0.9,
        CoverageScale: 0.06,
        NovelSpecificFactor: 0.7,
        NoveltyPower: 0,
        HighContradictionFactor: 0.7,
        MediumContradictionFactor: 0.7,
        NovelRunFactor: 0.7);
}
