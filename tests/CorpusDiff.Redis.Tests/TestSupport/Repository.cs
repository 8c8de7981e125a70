namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>Locates the repository (the folder holding <c>CorpusDiff.sln</c>) and the built CLI.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the CLI built in the same configuration as the tests (the project reference builds it).</summary>
    public static string Cli
    {
        get
        {
            // The tests run from tests/CorpusDiff.Redis.Tests/bin/<configuration>/<framework>/.
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(Root, "src", "CorpusDiff.Cli", "bin", configuration, framework.Name, "CorpusDiff.Cli.dll");
        }
    }

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
