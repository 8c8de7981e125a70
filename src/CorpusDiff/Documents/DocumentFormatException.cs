namespace CorpusDiff.Documents;

/// <summary>
/// Thrown when a file or stream cannot be decoded as text, naming where the problem is.
/// </summary>
public sealed class DocumentFormatException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="DocumentFormatException"/> class.</summary>
    public DocumentFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentFormatException"/> class with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public DocumentFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentFormatException"/> class with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public DocumentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentFormatException"/> class for a bad byte.</summary>
    /// <param name="source">The file path or stream name.</param>
    /// <param name="byteOffset">Offset of the first offending byte.</param>
    /// <param name="message">What is wrong.</param>
    public DocumentFormatException(string source, long byteOffset, string message)
        : base($"{source}: byte offset {byteOffset}: {message}")
    {
        Source = source;
        ByteOffset = byteOffset;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentFormatException"/> class for a bad byte, with its cause.</summary>
    /// <param name="source">The file path or stream name.</param>
    /// <param name="byteOffset">Offset of the first offending byte.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public DocumentFormatException(string source, long byteOffset, string message, Exception innerException)
        : base($"{source}: byte offset {byteOffset}: {message}", innerException)
    {
        Source = source;
        ByteOffset = byteOffset;
    }

    /// <summary>Gets the offset of the first offending byte, or -1 when unknown.</summary>
    public long ByteOffset { get; } = -1;
}
