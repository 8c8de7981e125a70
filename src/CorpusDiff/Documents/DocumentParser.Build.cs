namespace CorpusDiff.Documents;

/// <summary>Assembles the document model: headers, boilerplate, paragraphs, sentences, tokens.</summary>
public sealed partial class DocumentParser
{
    private Document Build(string text, string id, string? path)
    {
        // Provisional pipeline: every non-empty line is a paragraph; sentences end at . ! ? followed by space.
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOfAny(['\r', '\n'], i);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var (s, e) = Trim(text, i, lineEnd);
            if (e > s)
            {
                var first = sentences.Count;
                var start = s;
                for (var k = s; k < e; k++)
                {
                    if (text[k] is '.' or '!' or '?' && (k + 1 == e || char.IsWhiteSpace(text[k + 1])))
                    {
                        AddSentence(text, start, k + 1, paragraphs.Count, sentences, tokens);
                        start = k + 1;
                    }
                }

                AddSentence(text, start, e, paragraphs.Count, sentences, tokens);
                paragraphs.Add(new Paragraph(paragraphs.Count, s, e, first, sentences.Count - first));
            }

            i = lineEnd + 1;
        }

        return new Document(id, path, text, null, null, null, null, null, paragraphs, sentences, tokens, []);
    }

    private static void AddSentence(string text, int start, int end, int paragraph, List<Sentence> sentences, List<Token> tokens)
    {
        var (s, e) = Trim(text, start, end);
        if (e <= s)
        {
            return;
        }

        var firstToken = tokens.Count;
        Tokenizer.Tokenize(text, s, e, tokens);
        sentences.Add(new Sentence(sentences.Count, s, e, text[s..e], paragraph, firstToken, tokens.Count - firstToken));
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
