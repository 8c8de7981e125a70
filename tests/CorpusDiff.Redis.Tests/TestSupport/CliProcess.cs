using System.Diagnostics;
using System.Text;

namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>Runs the built CLI as a child process, as a user (or a worker on another machine) would.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private CliProcess(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Repository.Cli);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public bool HasExited => process.HasExited;

    public static CliProcess Start(params string[] args) => new(args);

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var p = Start(args);
        return p.Wait();
    }

    public (int ExitCode, string Out, string Error) Wait(int timeoutSeconds = 300)
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"corpusdiff {string.Join(' ', process.StartInfo.ArgumentList.Skip(1))} did not finish in {timeoutSeconds} s.");
        }

        process.WaitForExit();
        lock (output)
        {
            lock (error)
            {
                return (process.ExitCode, output.ToString(), error.ToString());
            }
        }
    }

    /// <summary>Kills the process (and its children) at once, as a machine failure or a hard interrupt would.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private static void Append(StringBuilder into, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (into)
        {
            into.AppendLine(line);
        }
    }
}
