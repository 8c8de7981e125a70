using System.Text;
using CorpusDiff.Text;

namespace CorpusDiff.Tests.Text;

public class XxHash64Tests
{
    // Expected values computed with the reference implementation (libxxhash 0.8.1, XXH64).
    [Theory]
    [InlineData("", 0UL, 0xEF46DB3751D8E999UL)]
    [InlineData("a", 0UL, 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0UL, 0x44BC2CF5AD770999UL)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0UL, 0x0B242D361FDA71BCUL)]
    [InlineData("The quick brown fox jumps over the lazy dog", 42UL, 0xAA9F288A8BAA3D3FUL)]
    [InlineData("Xi Jinping inspects Shanghai \u2014 2023", 0UL, 0x8AD3BD1DA3C7008BUL)]
    public void HashString_KnownInputs_MatchReferenceImplementation(string text, ulong seed, ulong expected)
    {
        XxHash64.HashString(text, seed).Should().Be(expected);
        XxHash64.Hash(Encoding.UTF8.GetBytes(text), seed).Should().Be(expected);
    }

    [Theory]
    [InlineData(4, 0xFFCED8604453CC1EUL, 0xD89842CD31E24E54UL)]
    [InlineData(7, 0x14CC643F630C72D2UL, 0xECECF5FAA8A7490EUL)]
    [InlineData(12, 0x424AF23F1F08DCA5UL, 0x132649EA1128BFA2UL)]
    [InlineData(36, 0xDDE0EF85E3AEF05CUL, 0xB3DC51FDD276B77AUL)]
    [InlineData(100, 0x6AC1E58032166597UL, 0x3B97D91EBA03E785UL)]
    [InlineData(1000, 0xF306F04AA88B54D3UL, 0xD9B7AF87DD48F5B4UL)]
    public void Hash_EveryTailLength_MatchesReferenceImplementation(int length, ulong expectedSeed0, ulong expectedGoldenSeed)
    {
        var data = Enumerable.Range(0, length).Select(i => (byte)(i % 251)).ToArray();

        XxHash64.Hash(data).Should().Be(expectedSeed0);
        XxHash64.Hash(data, 0x9E3779B97F4A7C15UL).Should().Be(expectedGoldenSeed);
    }

    [Fact]
    public void HashChars_IsTheHashOfLittleEndianUtf16()
    {
        const string text = "Shanghai 上海";

        XxHash64.HashChars(text).Should().Be(XxHash64.Hash(Encoding.Unicode.GetBytes(text)));
    }
}
