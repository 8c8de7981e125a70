using CorpusDiff.Cli;

namespace CorpusDiff.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
