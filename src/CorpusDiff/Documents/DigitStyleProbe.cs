using CorpusDiff.Language;

namespace CorpusDiff.Documents;

/// <summary>
/// A token sink that only looks for a number written the continental or the spaced way (<c>2,4</c>,
/// <c>1.200.000</c>, <c>14 000</c>): a report that shows either groups its digits with a plain space everywhere
/// (<see cref="Tokenizer.SpacesGroup"/>).
/// </summary>
internal struct DigitStyleProbe : ITokenSink
{
    /// <summary>Gets whether such a number has been seen.</summary>
    public bool Found { get; private set; }

    /// <inheritdoc/>
    public void Add(string text, int start, int end, TokenKind kind)
    {
        if (!Found && kind == TokenKind.Number)
        {
            var normalized = TextNormalizer.Normalize(text.AsSpan(start, end - start));
            Found = English.ShowsContinentalDigits(normalized) || English.GroupsWithSpaces(normalized);
        }
    }

    /// <inheritdoc/>
    public readonly void AddVerbatim(string text, int start, int end, TokenKind kind)
    {
    }

    /// <inheritdoc/>
    public readonly void AddJoined(string text, int start, int wordEnd, int cliticStart, int end)
    {
    }
}
