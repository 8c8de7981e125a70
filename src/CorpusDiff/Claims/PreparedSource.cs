using CorpusDiff.Documents;

namespace CorpusDiff.Claims;

/// <summary>
/// A source report with its claims extracted and its words indexed, ready to be checked against many targets
/// (<see cref="ClaimChecker.Prepare(Document)"/>). Immutable and thread-safe.
/// </summary>
public sealed class PreparedSource
{
    internal PreparedSource(Document document, ClaimExtractor extractor)
    {
        Document = document;
        var claims = extractor.Extract(document, null);
        Facts = new SourceFacts(document, claims);
        Names = new NameGazetteer(Facts.Entities, document);
        Index = new LexicalIndex(document);
    }

    /// <summary>Gets the source document.</summary>
    public Document Document { get; }

    /// <summary>Gets the source's claims, per sentence.</summary>
    public IReadOnlyList<IReadOnlyList<Claim>> Claims => Facts.Claims;

    internal SourceFacts Facts { get; }

    internal NameGazetteer Names { get; }

    internal LexicalIndex Index { get; }
}
