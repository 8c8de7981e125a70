using System.Diagnostics;
using CorpusDiff.Cli;

namespace CorpusDiff.Cli.Tests;

/// <summary>
/// Runs the built tool in a child process, as a user would: real exit codes, real files, real signals, and several
/// processes at once for concurrency tests.
/// </summary>
internal static class CliProcess
{
    private static readonly string Tool = typeof(Program).Assembly.Location;

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(null, args);

    public static (int ExitCode, string Out, string Error) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"corpusdiff {string.Join(' ', args)} did not finish in 3 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }
}
