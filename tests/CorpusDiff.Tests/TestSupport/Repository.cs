namespace CorpusDiff.Tests.TestSupport;

/// <summary>Locates the repository (the folder holding <c>CorpusDiff.sln</c>) and its <c>samples/</c>.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorpusDiff.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No CorpusDiff.sln above {AppContext.BaseDirectory}.");
    }
}
