namespace CorpusDiff.Benchmarks;

/// <summary>The three input sizes the string-measure benchmarks run on.</summary>
public enum InputSize
{
    /// <summary>A single word or name, about 10 characters.</summary>
    Word,

    /// <summary>A news sentence, about 150 characters.</summary>
    Sentence,

    /// <summary>A news paragraph, about 1,500 characters.</summary>
    Paragraph,
}
