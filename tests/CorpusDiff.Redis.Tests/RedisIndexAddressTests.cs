namespace CorpusDiff.Redis.Tests;

public sealed class RedisIndexAddressTests
{
    [Fact]
    public void Parse_ClusterWithName_ReadsEveryEndpointAndName()
    {
        var address = RedisIndexAddress.Parse("redis://10.0.0.1:7000,cache-2:7001,cache-3/news", null, null);

        address.Endpoints.Should().Equal(("10.0.0.1", 7000), ("cache-2", 7001), ("cache-3", 6379));
        address.Name.Should().Be("news");
        address.Tls.Should().BeFalse();
        address.HasPassword.Should().BeFalse();
    }

    [Fact]
    public void Parse_NoName_UsesDefaultName()
    {
        RedisIndexAddress.Parse("redis://cache:6379", null, null).Name.Should().Be(RedisIndexAddress.DefaultName);
    }

    [Fact]
    public void ToString_PasswordInAddress_NeverShowsIt()
    {
        var address = RedisIndexAddress.Parse("rediss://worker:s3cr%40t@cache:6380/news", null, null);

        address.Tls.Should().BeTrue();
        address.User.Should().Be("worker");
        address.HasPassword.Should().BeTrue();
        address.ToString().Should().Be("rediss://worker@cache:6380/news").And.NotContain("s3cr");
        address.ToConfiguration().Password.Should().Be("s3cr@t");
        address.Redact("failed with s3cr@t in it").Should().NotContain("s3cr@t");
    }

    [Fact]
    public void Parse_NoPasswordInAddress_TakesTheFallback()
    {
        var address = RedisIndexAddress.Parse("redis://cache/news", "env-user", "env-pass");

        address.User.Should().Be("env-user");
        address.ToConfiguration().Password.Should().Be("env-pass");
        address.ToString().Should().NotContain("env-pass");
    }

    [Theory]
    [InlineData("redis://cache/news?capacity=200000", 200_000L)]
    [InlineData("redis://cache/news?capacity=500k", 500_000L)]
    [InlineData("redis://cache/news?capacity=100M", 100_000_000L)]
    [InlineData("redis://cache/news", null)]
    public void Parse_Capacity_ReadsTheCountAndKeepsTheName(string value, long? expected)
    {
        var address = RedisIndexAddress.Parse(value, null, null);

        address.Capacity.Should().Be(expected);
        address.Name.Should().Be("news");
        RedisIndexAddress.Parse(address.ToString(), null, null).Capacity.Should().Be(expected);
    }

    [Theory]
    [InlineData("redis://cache/news?capacity=0")]
    [InlineData("redis://cache/news?capacity=lots")]
    [InlineData("redis://cache/news?size=10")]
    [InlineData("http://cache:6379")]
    [InlineData("redis://cache:notaport/news")]
    [InlineData("redis://cache:70000")]
    [InlineData("redis://cache:6379/bad{name}")]
    [InlineData("redis://,cache:6379")]
    public void Parse_Malformed_Throws(string value)
    {
        var parse = () => RedisIndexAddress.Parse(value, null, null);

        parse.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("redis://cache", true)]
    [InlineData("REDISS://cache", true)]
    [InlineData("corpus.lsh", false)]
    [InlineData("redis.lsh", false)]
    public void IsRedisAddress_Value_TellsRedisFromFile(string value, bool expected)
    {
        RedisIndexAddress.IsRedisAddress(value).Should().Be(expected);
    }
}
