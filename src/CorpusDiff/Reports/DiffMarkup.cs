using System.Text;
using CorpusDiff.Diffing;

namespace CorpusDiff.Reports;

/// <summary>
/// Renders a word diff on one line with markers around deleted and inserted runs. Runs carry their own spacing, so they
/// are joined as they are; the whitespace at either end of an edit is put outside its markers (<c>[-512-] </c>, not
/// <c>[-512 -]</c>), and an edit of whitespace alone is shown as the target's spacing.
/// </summary>
internal static class DiffMarkup
{
    public static string Render(IReadOnlyList<DiffSegment> diff, Func<string, string> escape, string deleteOpen, string deleteClose, string insertOpen, string insertClose)
    {
        var sb = new StringBuilder();
        int sourceEnd = -1, targetEnd = -1;
        foreach (var segment in diff)
        {
            // A run that does not continue where its side left off starts after a skipped sentence: keep the words apart.
            var resumes = (segment.SourceSpan is { } s && sourceEnd >= 0 && s.Start != sourceEnd) || (segment.TargetSpan is { } t && targetEnd >= 0 && t.Start != targetEnd);
            sourceEnd = segment.SourceSpan?.End ?? sourceEnd;
            targetEnd = segment.TargetSpan?.End ?? targetEnd;
            if (resumes && !EndsWithSpace(sb))
            {
                sb.Append(' ');
            }

            var text = segment.Text.ReplaceLineEndings(" ");
            if (segment.Operation == DiffOperation.Equal)
            {
                sb.Append(escape(text));
                continue;
            }

            var core = text.Trim();
            if (core.Length == 0)
            {
                sb.Append(segment.Operation == DiffOperation.Insert && !EndsWithSpace(sb) ? " " : string.Empty);
                continue;
            }

            var lead = text.Length - text.TrimStart().Length;
            var trail = text.Length - text.TrimEnd().Length;
            if (lead > 0 && !EndsWithSpace(sb))
            {
                sb.Append(' ');
            }

            var (open, close) = segment.Operation == DiffOperation.Delete ? (deleteOpen, deleteClose) : (insertOpen, insertClose);
            sb.Append(open).Append(escape(core)).Append(close);
            if (trail > 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().TrimEnd();
    }

    private static bool EndsWithSpace(StringBuilder sb) => sb.Length == 0 || sb[^1] == ' ';
}
