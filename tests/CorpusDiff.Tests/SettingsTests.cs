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
        { "ClaimOptions.CandidateShare", () => (ClaimOptions.Default with { CandidateShare = 1.2 }).Validate() },
        { "ClaimOptions.FusedSupport", () => (ClaimOptions.Default with { FusedSupport = -0.1 }).Validate() },
        { "ComparisonOptions.ForeignTerms", () => (ComparisonOptions.Default with { ForeignTerms = 0 }).Validate() },
        { "DocumentOptions.MaxTitleWords", () => _ = new DocumentParser(DocumentOptions.Default with { MaxTitleWords = 0 }) },
        { "ComparisonOptions.MaxParallelism", () => (ComparisonOptions.Default with { MaxParallelism = 0 }).Validate() },
        { "DedupOptions.MaxParallelism", () => (DedupOptions.Default with { MaxParallelism = 0 }).Validate() },
        { "DedupOptions.Threshold", () => (DedupOptions.Default with { Threshold = 1.5 }).Validate() },
        { "LshIndexOptions.Permutations", () => new LshIndexOptions { Permutations = 0 }.Validate() },
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

    [Fact]
    public void Constructor_NullOptions_ThrowsNamingTheParameter()
    {
        var build = () => new ClaimChecker(null!);

        build.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "options");
    }
}
