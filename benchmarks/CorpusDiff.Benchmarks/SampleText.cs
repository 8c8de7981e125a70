namespace CorpusDiff.Benchmarks;

/// <summary>Finds the repository's <c>samples/</c> folder so benchmark inputs are real report text.</summary>
public static class SampleText
{
    /// <summary>Gets the samples folder, searched upwards from the working directory and the assembly location.</summary>
    /// <returns>The folder's full path.</returns>
    public static string Folder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "CorpusDiff.sln")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository's samples/ folder above the working directory.");
    }

    /// <summary>Gets the text of every sample report, by file name.</summary>
    /// <returns>File name to text.</returns>
    public static IReadOnlyDictionary<string, string> All() =>
        Directory.EnumerateFiles(Folder(), "*.txt", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);

    /// <summary>Gets the longest sample report's text.</summary>
    /// <returns>The text.</returns>
    public static string Longest() => All().Values.OrderByDescending(t => t.Length).First();
}
