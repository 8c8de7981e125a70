using CorpusDiff.Alignment;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;
using CorpusDiff.Dedup;
using CorpusDiff.Diffing;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests;

public class SettingsTests
{
    public static TheoryData<string, Action> InvalidSettings() => new()
    {
        { "AlignerOptions.MinScore", () => (AlignerOptions.Default with { MinScore = 0 }).Validate() },
        { "ClaimOptions.DecisionThreshold", () => (ClaimOptions.Default with { DecisionThreshold = 2 }).Validate() },
        { "ClaimOptions.CandidateSentences", () => (ClaimOptions.Default with { CandidateSentences = 0 }).Validate() },
        { "ComparisonOptions.MaxParallelism", () => (ComparisonOptions.Default with { MaxParallelism = 0 }).Validate() },
        { "DedupOptions.MaxParallelism", () => (DedupOptions.Default with { MaxParallelism = 0 }).Validate() },
        { "DedupOptions.Threshold", () => (DedupOptions.Default with { Threshold = 1.5 }).Validate() },
        { "LshIndexOptions.Permutations", () => new LshIndexOptions { Permutations = 0 }.Validate() },
        { "DocumentOptions.MaxTitleWords", () => (DocumentOptions.Default with { MaxTitleWords = 0 }).Validate() },
        { "WordDiffOptions.MaxFoldedEquality", () => (WordDiffOptions.Default with { MaxFoldedEquality = -1 }).Validate() },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_SettingOutOfRange_ThrowsOneExceptionTypeNamingRecordAndSetting(string name, Action validate)
    {
        validate.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == name.Split('.')[1])
            .WithMessage($"{name} *");
    }
}
