namespace CorpusDiff.Benchmarks;

/// <summary>The three input sizes of the string-metric benchmarks.</summary>
public enum InputSize
{
    /// <summary>Single words (3–15 characters).</summary>
    Word,

    /// <summary>News sentences of 100–200 characters (about 150).</summary>
    Sentence,

    /// <summary>Paragraph-sized chunks of 1,500 characters.</summary>
    Paragraph,
}
