using CorpusDiff.Documents;

namespace CorpusDiff.Cli;

/// <summary>Reads input files into documents, with user-facing errors for missing files.</summary>
internal static class InputFiles
{
    public static Document Read(string path) => Read(path, DocumentParser.Default);

    public static Document Read(string path, DocumentParser parser)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a folder; this verb takes files.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        return parser.ParseFile(path);
    }
}
