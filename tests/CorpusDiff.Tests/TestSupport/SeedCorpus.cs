namespace CorpusDiff.Tests.TestSupport;

/// <summary>
/// The real seed corpus, read from the folder named by <c>CORPUSDIFF_SEED_CORPUS</c> (never copied into the repository).
/// Unset: tests marked <see cref="SeedCorpusFactAttribute"/> skip. Set to a missing folder: they fail.
/// </summary>
public static class SeedCorpus
{
    public const string Variable = "CORPUSDIFF_SEED_CORPUS";

    public const string Source = "001_023fab95e7753a28.txt";
    public const string Summary = "000_24f175de8eac0e83.txt";
    public const string PartialOverlap = "002_f8eaff4278f8fd4d.txt";
    public const string Distractor = "003_7f4450d8da14a2bc.txt";
    public const string RelatedEvent = "004_4a9bbdc68f5b54af.txt";

    public static bool IsConfigured => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Gets the corpus folder; a relative value is taken from the repository root, as CI sets it.</summary>
    public static string Folder
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable)
                ?? throw new InvalidOperationException($"{Variable} is not set.");
            var folder = Path.IsPathRooted(value) ? value : Path.GetFullPath(Path.Combine(Repository.Root, value));
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"{Variable} names '{value}', but the folder '{folder}' does not exist.");
            }

            return folder;
        }
    }

    public static string PathOf(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The seed corpus at '{Folder}' lacks {file}.", path);
        }

        return path;
    }
}
