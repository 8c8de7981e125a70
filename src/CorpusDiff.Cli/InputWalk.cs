using System.Globalization;
using System.IO.Enumeration;
using System.Text.RegularExpressions;

namespace CorpusDiff.Cli;

/// <summary>
/// Expands file and folder arguments into input files with ids. Folders are walked recursively, each real folder
/// once (a link loop or a second link to a walked folder is noted and not followed) and each real file once (an alias
/// — a link or hard link to a file already taken — is noted and read once). Special files met in a folder (named pipes,
/// devices, sockets) are noted and not opened: a pipe would block the walk. Files are matched against the glob
/// case-insensitively; what is left out, and why, is counted for one line on standard error. An id is the file name,
/// or the path relative to its argument when two files share a name.
/// </summary>
internal sealed class InputWalk
{
    public const string DefaultGlob = "*.txt";

    /// <summary>A folder is listed as it is: nothing skipped by attribute (hidden names are counted below), errors raised.</summary>
    private static readonly EnumerationOptions Listing = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    private readonly List<(string Path, string Relative)> files = [];
    private readonly Dictionary<FileIdentity, string> seenFiles = [];
    private readonly HashSet<FileIdentity> seenFolders = [];
    private readonly SortedDictionary<string, int> skipped = new(StringComparer.Ordinal);
    private readonly List<(Regex Regex, bool OnPath)> patterns;
    private readonly TextWriter error;
    private string? example;

    private InputWalk(List<(Regex Regex, bool OnPath)> patterns, TextWriter error)
    {
        this.patterns = patterns;
        this.error = error;
    }

    /// <summary>Gets the files to read, with their ids, in a stable order.</summary>
    public IReadOnlyList<(string Id, string Path)> Files { get; private set; } = [];

    /// <summary>Gets the files found but unusable before reading (dangling links, unreadable folders), with the reason.</summary>
    public List<(string Path, string Reason)> Bad { get; } = [];

    /// <summary>Returns the path of the input file with this identity, or <see langword="null"/> when no input has it.</summary>
    public string? InputAt(FileIdentity identity) => seenFiles.GetValueOrDefault(identity);

    public static InputWalk Expand(IReadOnlyList<string> arguments, string glob, TextWriter error)
    {
        var patterns = glob.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => (Regex: ToRegex(p), OnPath: p.Contains('/', StringComparison.Ordinal))).ToList();
        if (patterns.Count == 0)
        {
            throw CliException.Usage($"--glob '{glob}' names no pattern.");
        }

        var walk = new InputWalk(patterns, error);
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var before = walk.files.Count;
                var found = new List<(string Path, string Relative)>();
                walk.WalkFolder(argument, string.Empty, found);
                walk.files.AddRange(found.OrderBy(f => f.Relative, StringComparer.Ordinal));
                if (walk.files.Count == before && found.Count == 0 && walk.Bad.Count == 0)
                {
                    // A folder that yields nothing is almost always a wrong path or pattern; an empty report would hide that.
                    throw new CliException($"{Shown(argument)}: no file in this folder or below matches '{glob}' (change the patterns with --glob){walk.SkippedSummary()}.");
                }
            }
            else if (File.Exists(argument) && FileIdentity.Resolve(argument) is not null)
            {
                walk.TakeFile(argument, Path.GetFileName(argument), walk.files);
            }
            else if (new FileInfo(argument).LinkTarget is { } target && FileIdentity.Resolve(argument) is null)
            {
                walk.Bad.Add((argument, $"dangling link to {target}"));
            }
            else
            {
                throw new CliException($"{Shown(argument)}: no such file or folder.");
            }
        }

        if (walk.skipped.Count > 0)
        {
            error.WriteLine($"corpusdiff: skipped{walk.SkippedSummary()}.");
        }

        var list = walk.files;
        var nameCounts = list.GroupBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ids = list.Select(f => nameCounts[Path.GetFileName(f.Path)] == 1 ? Path.GetFileName(f.Path) : f.Relative).ToList();
        var idCounts = ids.GroupBy(i => i, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        walk.Files = list.Select((f, i) => (idCounts[ids[i]] == 1 ? ids[i] : f.Path.Replace('\\', '/'), f.Path)).ToList();
        return walk;
    }

    /// <summary>A path or name as it may be shown on a terminal: control characters and escapes made visible.</summary>
    public static string Shown(string text) => Reports.SafeText.Escape(text);

    /// <summary>Walks a folder whose path relative to its argument is <paramref name="below"/> (empty for the argument itself).</summary>
    private void WalkFolder(string folder, string below, List<(string Path, string Relative)> into)
    {
        if (FileIdentity.Of(folder) is not { } id)
        {
            Bad.Add((folder, "cannot resolve the folder"));
            return;
        }

        if (!seenFolders.Add(id))
        {
            error.WriteLine($"corpusdiff: {Shown(folder)}: a link to a folder already walked (a loop or an alias); not walked again.");
            Skip("links to folders already walked");
            return;
        }

        List<(string Name, bool Folder, bool Hidden)> entries;
        try
        {
            // Only what the listing itself tells: the name, whether it is a folder (a link to a folder counts as one) and
            // whether it is hidden. A FileSystemInfo's attributes would cost an lstat and a geteuid an entry; the one
            // stat(2) below says the rest.
            entries = [.. new FileSystemEnumerable<(string, bool, bool)>(folder, static (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory, e.IsHidden), Listing)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Bad.Add((folder, $"cannot list the folder ({ex.Message})"));
            return;
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (entryName, isFolder, hidden) in entries)
        {
            var name = entryName.Replace('\\', '/');
            var relative = below.Length == 0 ? name : string.Concat(below, "/", name);
            if (entryName.StartsWith('.') || hidden)
            {
                Skip("hidden");
                continue;
            }

            var path = Path.Combine(folder, entryName);
            if (isFolder)
            {
                WalkFolder(path, relative, into);
                continue;
            }

            if (!patterns.Any(p => p.Regex.IsMatch(p.OnPath ? relative : entryName)))
            {
                Skip($"not matching the glob");
                example ??= relative;
                continue;
            }

            var identity = FileIdentity.Of(path, out var special);
            if (identity is null && new FileInfo(path).LinkTarget is { } target)
            {
                Bad.Add((path, $"dangling link to {target}"));
                continue;
            }

            if (special is { } kind)
            {
                // Opening a named pipe blocks until something writes to it, and a device or socket holds no report.
                error.WriteLine($"corpusdiff: {Shown(path)}: {kind}, not a regular file; not read.");
                Skip("special files (pipes, devices, sockets)");
                continue;
            }

            TakeFile(path, relative, into, identity);
        }
    }

    private void TakeFile(string path, string relative, List<(string Path, string Relative)> into) =>
        TakeFile(path, relative, into, FileIdentity.Of(path));

    private void TakeFile(string path, string relative, List<(string Path, string Relative)> into, FileIdentity? identity)
    {
        if (identity is not { } id)
        {
            Bad.Add((path, "cannot resolve the file"));
            return;
        }

        if (seenFiles.TryGetValue(id, out var first))
        {
            error.WriteLine($"corpusdiff: {Shown(path)}: the same file as {Shown(first)} (a link); read once.");
            Skip("aliases of files already taken");
            return;
        }

        seenFiles[id] = path;
        into.Add((path, relative));
    }

    private void Skip(string reason) => skipped[reason] = skipped.GetValueOrDefault(reason) + 1;

    private string SkippedSummary()
    {
        if (skipped.Count == 0)
        {
            return string.Empty;
        }

        var total = skipped.Values.Sum();
        var parts = skipped.Select(s => s.Key == "not matching the glob" && example is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Value} {s.Key} (e.g. {Shown(example)})")
            : string.Create(CultureInfo.InvariantCulture, $"{s.Value} {s.Key}"));
        return string.Create(CultureInfo.InvariantCulture, $" {total} file(s): {string.Join(", ", parts)}");
    }

    private static Regex ToRegex(string pattern)
    {
        var body = Regex.Escape(pattern.Replace('\\', '/'))
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);

        // Case-insensitive everywhere: UPPER.TXT is a text file on every system.
        return new Regex($"^{body}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }
}
