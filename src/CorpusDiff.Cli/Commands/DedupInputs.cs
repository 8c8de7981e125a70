using System.Text.RegularExpressions;

namespace CorpusDiff.Cli.Commands;

/// <summary>
/// Expands <c>dedup</c> arguments into input files with ids: folders are walked recursively for files matching the
/// glob; an id is the file name, or the path relative to its argument when two files share a name.
/// </summary>
internal static class DedupInputs
{
    public const string DefaultGlob = "*.txt;*.md";

    public static IReadOnlyList<(string Id, string Path)> Expand(IReadOnlyList<string> arguments, string glob)
    {
        var patterns = glob.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => (Regex: ToRegex(p), OnPath: p.Contains('/', StringComparison.Ordinal))).ToList();
        if (patterns.Count == 0)
        {
            throw new CliException($"--glob '{glob}' names no pattern.");
        }

        var files = new List<(string Path, string Relative)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden })
                    .Select(p => (Path: p, Relative: Path.GetRelativePath(argument, p).Replace('\\', '/')))
                    .Where(f => patterns.Any(p => p.Regex.IsMatch(p.OnPath ? f.Relative : Path.GetFileName(f.Relative))))
                    .OrderBy(f => f.Relative, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    // A folder that yields nothing is almost always a wrong path or pattern; an empty report would hide that.
                    throw new CliException($"{argument}: no file in this folder or below matches '{glob}' (change the patterns with --glob).");
                }

                foreach (var f in found)
                {
                    if (seen.Add(Path.GetFullPath(f.Path)))
                    {
                        files.Add(f);
                    }
                }
            }
            else if (File.Exists(argument))
            {
                if (seen.Add(Path.GetFullPath(argument)))
                {
                    files.Add((argument, Path.GetFileName(argument)));
                }
            }
            else
            {
                throw new CliException($"{argument}: no such file or folder.");
            }
        }

        var nameCounts = files.GroupBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ids = files.Select(f => nameCounts[Path.GetFileName(f.Path)] == 1 ? Path.GetFileName(f.Path) : f.Relative).ToList();
        var idCounts = ids.GroupBy(i => i, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return files.Select((f, i) => (idCounts[ids[i]] == 1 ? ids[i] : f.Path.Replace('\\', '/'), f.Path)).ToList();
    }

    private static Regex ToRegex(string pattern)
    {
        var body = Regex.Escape(pattern.Replace('\\', '/'))
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex($"^{body}$", RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromSeconds(1));
    }
}
