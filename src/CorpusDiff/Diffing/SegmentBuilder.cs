using CorpusDiff.Documents;

namespace CorpusDiff.Diffing;

/// <summary>
/// Collects the atoms of a diff (a token or a piece of punctuation, equal or edited) into runs: neighbouring atoms of
/// one operation merge when they are contiguous in the text, and within a stretch of edits every delete precedes every
/// insert, so a reader sees <c>[-old-]{+new+}</c> once rather than interleaved fragments.
/// </summary>
internal sealed class SegmentBuilder(string sourceText, string targetText)
{
    private readonly List<DiffSegment> segments = [];
    private readonly List<(TextSpan Span, int Tokens)> deletes = [];
    private readonly List<(TextSpan Span, int Tokens)> inserts = [];
    private TextSpan? equalSource;
    private TextSpan equalTarget;
    private int equalTokens;

    /// <summary>Adds text both sides share (same words; spacing may differ).</summary>
    public void Equal(TextSpan source, TextSpan target, int tokens)
    {
        if (source.Length == 0 && target.Length == 0)
        {
            return;
        }

        FlushEdits();
        if (equalSource is { } open && open.End == source.Start && equalTarget.End == target.Start)
        {
            equalSource = new TextSpan(open.Start, source.End);
            equalTarget = new TextSpan(equalTarget.Start, target.End);
            equalTokens += tokens;
            return;
        }

        FlushEqual();
        equalSource = source;
        equalTarget = target;
        equalTokens = tokens;
    }

    /// <summary>Adds text only one side has: <see cref="DiffOperation.Delete"/> for the source, <see cref="DiffOperation.Insert"/> for the target.</summary>
    public void Edit(DiffOperation operation, TextSpan span, int tokens)
    {
        if (span.Length == 0)
        {
            return;
        }

        FlushEqual();
        var list = operation == DiffOperation.Delete ? deletes : inserts;
        if (list.Count > 0 && list[^1].Span.End == span.Start)
        {
            list[^1] = (new TextSpan(list[^1].Span.Start, span.End), list[^1].Tokens + tokens);
        }
        else
        {
            list.Add((span, tokens));
        }
    }

    /// <summary>Compares the punctuation and spacing between two equal tokens: shared ends stay equal, the middle is edited.</summary>
    public void Gap(TextSpan source, TextSpan target)
    {
        var a = source.Slice(sourceText);
        var b = target.Slice(targetText);
        if (SameUpToSpacing(a, b))
        {
            Equal(source, target, 0);
            return;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && Same(a[prefix], b[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && Same(a[a.Length - 1 - suffix], b[b.Length - 1 - suffix]))
        {
            suffix++;
        }

        Equal(new TextSpan(source.Start, source.Start + prefix), new TextSpan(target.Start, target.Start + prefix), 0);
        Edit(DiffOperation.Delete, new TextSpan(source.Start + prefix, source.End - suffix), 0);
        Edit(DiffOperation.Insert, new TextSpan(target.Start + prefix, target.End - suffix), 0);
        Equal(new TextSpan(source.End - suffix, source.End), new TextSpan(target.End - suffix, target.End), 0);
    }

    public List<DiffSegment> Build()
    {
        FlushEqual();
        FlushEdits();
        return segments;
    }

    private static bool Same(char a, char b) => a == b || (char.IsWhiteSpace(a) && char.IsWhiteSpace(b));

    /// <summary>Whether two gaps differ only in how much whitespace they hold (a hard-wrapped line against a space).</summary>
    private static bool SameUpToSpacing(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (true)
        {
            var aSpace = i < a.Length && char.IsWhiteSpace(a[i]);
            var bSpace = j < b.Length && char.IsWhiteSpace(b[j]);
            if (aSpace != bSpace)
            {
                return false;
            }

            if (aSpace)
            {
                while (i < a.Length && char.IsWhiteSpace(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsWhiteSpace(b[j]))
                {
                    j++;
                }

                continue;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i] != b[j])
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private void FlushEqual()
    {
        if (equalSource is { } span)
        {
            segments.Add(new DiffSegment(DiffOperation.Equal, span.Slice(sourceText).ToString(), span, equalTarget, equalTokens)
            {
                TargetText = equalTarget.Slice(targetText).ToString(),
            });
            equalSource = null;
        }
    }

    private void FlushEdits()
    {
        foreach (var (span, tokens) in deletes)
        {
            segments.Add(new DiffSegment(DiffOperation.Delete, span.Slice(sourceText).ToString(), span, null, tokens));
        }

        foreach (var (span, tokens) in inserts)
        {
            segments.Add(new DiffSegment(DiffOperation.Insert, span.Slice(targetText).ToString(), null, span, tokens));
        }

        deletes.Clear();
        inserts.Clear();
    }
}
