using CorpusDiff.Language;

namespace CorpusDiff.Tests.Language;

public class EnglishTests
{
    [Theory]
    [InlineData("nine", 9)]
    [InlineData("Nine", 9)]
    [InlineData("dozen", 12)]
    [InlineData("forty-one", 41)]
    [InlineData("Ninety-nine", 99)]
    [InlineData("twenty-one", 21)]
    public void TryNumberWord_NumberWord_ReadsItsValue(string word, int expected)
    {
        English.TryNumberWord(word, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("nine-year")]
    [InlineData("forty-ten")]
    [InlineData("nine-one")]
    [InlineData("forty-")]
    [InlineData("-one")]
    [InlineData("well-known")]
    [InlineData("fortyone")]
    public void TryNumberWord_NotANumberWord_IsFalse(string word)
    {
        English.TryNumberWord(word, out var value).Should().BeFalse();
        value.Should().Be(0);
    }

    [Fact]
    public void TryNumberWord_EveryRoundTenWithEveryUnit_ReadsTheirSum()
    {
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var t = 0; t < tens.Length; t++)
        {
            for (var u = 0; u < units.Length; u++)
            {
                English.TryNumberWord($"{tens[t]}-{units[u]}", out var value).Should().BeTrue();
                value.Should().Be((t + 2) * 10 + u + 1);
            }
        }
    }
}
