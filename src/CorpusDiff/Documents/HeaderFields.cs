namespace CorpusDiff.Documents;

/// <summary>What the header lines of a file state, and where its body begins.</summary>
/// <param name="Title">The headline, or <see langword="null"/>.</param>
/// <param name="TitleSpan">Where the headline stands.</param>
/// <param name="Published">The publication date, or <see langword="null"/>.</param>
/// <param name="Outlet">The outlet, or <see langword="null"/>.</param>
/// <param name="Dateline">The wire dateline, or <see langword="null"/>.</param>
/// <param name="BodyLine">Index of the first line holding body text.</param>
/// <param name="BodyStart">Offset where the body starts within that line (after a date or a dateline).</param>
internal sealed record HeaderFields(
    string? Title, TextSpan? TitleSpan, DateOnly? Published, string? Outlet, Dateline? Dateline, int BodyLine, int BodyStart);
