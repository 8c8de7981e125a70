using System.Runtime.InteropServices;
using CorpusDiff.Language;

namespace CorpusDiff.Documents;

/// <summary>
/// Assembles the document model: lines, then headers, then boilerplate, then paragraphs, sentences and tokens, all
/// as offsets into the unaltered text.
/// </summary>
public sealed partial class DocumentParser
{
    /// <summary>
    /// Reads what deduplication needs of a text and no more: its header fields and the spans of its sentences in reading
    /// order, found as <see cref="Build"/> finds them (the same lines, headers, boilerplate and segmenter), with no
    /// tokens, sentences or document made.
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="sentences">Cleared, then receives the sentence spans.</param>
    /// <returns>The header fields.</returns>
    internal HeaderFields ReadSentenceSpans(string text, List<TextSpan> sentences)
    {
        var (header, body) = ReadBody(text);
        sentences.Clear();
        foreach (var line in body)
        {
            if (Keeps(line))
            {
                SentenceSegmenter.Segment(text, line.Start, line.End, sentences);
            }
        }

        return header;
    }

    /// <summary>Reads the lines, the headers and the classified body lines: the part of parsing every reader of a text shares.</summary>
    private (HeaderFields Header, List<BodyLine> Body) ReadBody(string text)
    {
        var lines = ParagraphSplitter.Unwrap(text, ParagraphSplitter.Lines(text));
        var header = Options.ParseHeaders
            ? ReadHeaders(text, lines)
            : new HeaderFields(null, null, null, null, null, 0, 0);

        var body = new List<BodyLine>();
        for (var li = header.BodyLine; li < lines.Count; li++)
        {
            var line = lines[li];
            var start = li == header.BodyLine ? Math.Max(line.ContentStart, header.BodyStart) : line.ContentStart;
            var (s, e) = ParagraphSplitter.Trim(text, start, line.ContentEnd);
            if (e <= s)
            {
                continue;
            }

            var isHeadline = HeadlineShape.IsHeadline(text, s, e, Options.MaxTitleWords, out var words);
            body.Add(new BodyLine(text, s, e, words, isHeadline));
        }

        var titleKey = header.TitleSpan is { } ts ? HeadlineShape.Key(ts.Slice(text)) : null;
        Classify(text, body, titleKey, Options.MaxTitleWords);
        return (header, body);
    }

    /// <summary>Whether a body line's text is kept: it is not boilerplate of a kind the options remove.</summary>
    private bool Keeps(BodyLine line) => line.Kind == BoilerplateKinds.None || (Options.RemoveBoilerplate & line.Kind) == 0;

    private Document Build(string text, string id, string? path)
    {
        var (header, body) = ReadBody(text);
        var removed = CollectRemoved(text, body);

        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        // About one token per 6 characters of news text: sized once, the list rarely grows (a doubling would hold the old
        // and the new array at once, 24 bytes a token each).
        var tokens = new List<Token>((text.Length / 6) + 16);
        // Every sentence is found before any is tokenized: whether a plain space groups digits is read for the whole report.
        var spans = new List<TextSpan>();
        var lines = new List<(int Start, int End, int FirstSpan, int EndSpan)>();
        foreach (var line in body)
        {
            if (Keeps(line))
            {
                var first = spans.Count;
                SentenceSegmenter.Segment(text, line.Start, line.End, spans);
                if (spans.Count > first)
                {
                    lines.Add((line.Start, line.End, first, spans.Count));
                }
            }
        }

        var spacesGroup = Tokenizer.SpacesGroup(text, CollectionsMarshal.AsSpan(spans));

        // One string per distinct word, shared as each sentence is tokenized (see WordPool).
        var pool = WordPool.Rent();
        foreach (var line in lines)
        {
            var firstSentence = sentences.Count;
            for (var k = line.FirstSpan; k < line.EndSpan; k++)
            {
                var span = spans[k];
                var firstToken = tokens.Count;
                Tokenizer.Tokenize(text, span.Start, span.End, tokens, pool, spacesGroup);
                sentences.Add(new Sentence(sentences.Count, span.Start, span.End, text.AsMemory(span.Start, span.End - span.Start), paragraphs.Count, firstToken, tokens.Count - firstToken));
            }

            paragraphs.Add(new Paragraph(paragraphs.Count, line.Start, line.End, firstSentence, sentences.Count - firstSentence));
        }

        WordPool.Return(pool);
        WriteNumbersInEnglish(tokens);
        if (tokens.Count < tokens.Capacity * 3 / 4)
        {
            tokens.TrimExcess();
        }
        return new Document(
            id,
            path,
            text,
            header.Title,
            header.TitleSpan,
            header.Outlet,
            header.Published,
            header.Dateline,
            paragraphs.AsReadOnly(),
            sentences.AsReadOnly(),
            tokens.AsReadOnly(),
            removed.AsReadOnly());
    }

    /// <summary>
    /// Writes every number token's text the English way (<c>1.200.000</c>: <c>1,200,000</c>; <c>4,5</c>: <c>4.5</c>),
    /// reading a single point before three digits (<c>2.500</c>) as a grouping point when the report shows the continental
    /// style anywhere: a partly translated reprint spells its numbers so, and every reader (claims, aligner, word diff)
    /// then compares values, not spellings. Offsets stay those of the original text.
    /// </summary>
    private static void WriteNumbersInEnglish(List<Token> tokens)
    {
        var pointsGroup = false;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Number && English.ShowsContinentalDigits(token.Text))
            {
                pointsGroup = true;
                break;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && English.EnglishDigits(tokens[i].Text, pointsGroup) is var english
                && !ReferenceEquals(english, tokens[i].Text))
            {
                tokens[i] = tokens[i] with { Text = english };
            }
        }
    }
}
