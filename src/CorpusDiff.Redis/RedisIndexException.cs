namespace CorpusDiff.Redis;

/// <summary>A shared Redis index could not be reached, was lost mid-run, or holds an index that cannot be used.</summary>
public sealed class RedisIndexException : Exception
{
    /// <summary>Initializes an exception.</summary>
    public RedisIndexException()
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">The message, naming the index address.</param>
    public RedisIndexException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and a cause.</summary>
    /// <param name="message">The message, naming the index address.</param>
    /// <param name="innerException">The cause.</param>
    public RedisIndexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
